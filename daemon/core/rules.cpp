#include "rules.hpp"

#include <algorithm>

namespace sitbreak::core {

using namespace std::chrono;

WorkingHours::WorkingHours() {
    for (auto& day : days_) day = {TimeRange{}};
}

const std::vector<TimeRange>& WorkingHours::on(weekday day) const {
    return days_[day.c_encoding()];
}

void WorkingHours::set(weekday day, std::vector<TimeRange> ranges) {
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.begin < b.begin; });
    days_[day.c_encoding()] = std::move(ranges);
}

bool WorkingHours::contains(TimePoint t, const Zone& zone) const {
    const LocalTime local = to_local(t, zone);
    const Date date = floor<days>(local);
    const auto minute = floor<minutes>(local - date);
    return std::any_of(on(weekday{date}).begin(), on(weekday{date}).end(),
                       [&](const TimeRange& r) { return r.begin <= minute && minute < r.end; });
}

std::optional<TimePoint> WorkingHours::next_start(TimePoint t, const Zone& zone) const {
    if (contains(t, zone)) return t;
    const Date today = floor<days>(to_local(t, zone));
    // Eight days: today's later ranges, then a whole week.
    for (int ahead = 0; ahead <= 7; ++ahead) {
        const Date date = today + days{ahead};
        for (const TimeRange& range : on(weekday{date})) {
            const TimePoint start = from_local(LocalTime{date} + range.begin, zone);
            if (start > t && contains(start, zone)) return start;
        }
    }
    return std::nullopt;
}

}  // namespace sitbreak::core
