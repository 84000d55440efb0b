#include "coach.hpp"

#include <algorithm>
#include <cmath>

namespace sitbreak::core {

bool suggests_session(const BreakEnd& moment, const Programme& programme) {
    if (moment.paused || moment.quiet || !moment.in_working_hours) return false;
    if (moment.local_time < programme.suggest_after) return false;
    if (moment.last_suggested && *moment.last_suggested >= moment.today) return false;
    return moment.sessions_today == 0 && moment.sessions_this_week < moment.week_goal;
}

bool offers_next_step(std::span<const bool> full_doses, const Programme& programme) {
    const auto needed = static_cast<std::size_t>(std::max(programme.progress_after, 1));
    if (full_doses.size() < needed) return false;
    return std::all_of(full_doses.end() - static_cast<std::ptrdiff_t>(needed), full_doses.end(),
                       [](bool full) { return full; });
}

int dose_at_step(int base, int step) {
    const int per_step = std::max(1, static_cast<int>(std::lround(base / 5.0)));
    return std::max(1, base + step * per_step);
}

}  // namespace sitbreak::core
