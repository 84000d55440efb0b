#pragma once
// When the daemon suggests an activation session, and when it offers a routine item's next
// step (DESIGN §14.3). Pure: the service says what it knows at the moment.
#include <chrono>
#include <optional>
#include <span>

#include "week.hpp"

namespace sitbreak::core {

// What the daemon knows when a natural break ends (the user is back after break_after or
// more away): the one moment a suggestion can come, when the user can act on it.
struct BreakEnd {
    Date today;                       // the sitbreak day
    std::chrono::minutes local_time;  // since local midnight
    bool in_working_hours{false};
    bool paused{false};
    bool quiet{false};
    int sessions_this_week{0};
    int week_goal{0};
    int sessions_today{0};
    std::optional<Date> last_suggested;  // the day of the last suggestion, answered or not
};

// At the first natural break at or after programme.suggest_after, inside working hours (so on
// a working day), while the week still needs a session and none was done today; at most once
// a day, so one declined is not repeated; never while paused or quiet (a later break that is
// neither may still bring it).
[[nodiscard]] bool suggests_session(const BreakEnd& moment, const Programme& programme);

// The full dose of an item done in programme.progress_after of its sessions in a row brings
// an offer of its next step. `full_doses` is the item's record, oldest first, one entry per
// session that had it, since its step last changed or an offer of it was declined: the
// offer is never repeated for the same run, and a step never rises without the user.
[[nodiscard]] bool offers_next_step(std::span<const bool> full_doses, const Programme& programme);

// The dose at `step` (0: the routine's own; -1: a step back): a fifth more per step, at
// least one more, and never under one.
[[nodiscard]] int dose_at_step(int base, int step);

}  // namespace sitbreak::core
