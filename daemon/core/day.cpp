#include "day.hpp"

#include <algorithm>

#include "common/date_text.hpp"

namespace sitbreak::core {

using namespace std::chrono;

Date day_of(TimePoint t, Duration utc_offset, minutes day_starts_at) {
    return floor<days>(t + utc_offset - day_starts_at);
}

Date day_of(TimePoint t, const Zone& zone, minutes day_starts_at) {
    return day_of(t, zone.utc_offset(t), day_starts_at);
}

TimePoint day_start(Date date, const Zone& zone, minutes day_starts_at) {
    return from_local(LocalTime{date} + day_starts_at, zone);
}

TimePoint next_day_start(TimePoint t, const Zone& zone, minutes day_starts_at) {
    return day_start(day_of(t, zone, day_starts_at) + days{1}, zone, day_starts_at);
}

std::vector<std::pair<Date, Duration>> split_by_day(TimePoint from, TimePoint to,
                                                    Duration utc_offset, minutes day_starts_at) {
    std::vector<std::pair<Date, Duration>> parts;
    while (from < to) {
        const Date date = day_of(from, utc_offset, day_starts_at);
        const TimePoint boundary = TimePoint{date + days{1}} + day_starts_at - utc_offset;
        const TimePoint end = std::min(to, boundary);
        parts.emplace_back(date, end - from);
        from = end;
    }
    return parts;
}

std::string_view to_string(DayStatus status) {
    switch (status) {
    case DayStatus::kept: return "kept";
    case DayStatus::missed: return "missed";
    case DayStatus::neutral: return "neutral";
    case DayStatus::rest: return "rest";
    }
    return "neutral";
}

void DayTally::count_done(std::string_view exercise, int times) {
    if (times == 0) return;
    for (auto& [id, count] : done_by) {
        if (id == exercise) {
            count += times;
            return;
        }
    }
    done_by.emplace_back(exercise, times);
}

int DayTally::done_of(std::string_view exercise) const {
    for (const auto& [id, count] : done_by) {
        if (id == exercise) return count;
    }
    return 0;
}

int DayTally::done() const {
    int total = 0;
    for (const auto& entry : done_by) total += entry.second;
    return total;
}

bool is_desk_day(const DayTally& day, const Rules& rules) {
    return day.sitting >= rules.desk_day_threshold;
}

DayStatus classify(const DayTally& day, const Rules& rules) {
    if (day.rest_day) return DayStatus::rest;
    if (!is_desk_day(day, rules)) return DayStatus::neutral;
    if (day.done() >= rules.daily_goal) return DayStatus::kept;
    const bool all_answered_well = day.done() + day.natural == day.prompts;
    return all_answered_well ? DayStatus::kept : DayStatus::missed;
}

Streak compute_streak(std::span<const DayRecord> days, Date today) {
    std::vector<DayRecord> sorted(days.begin(), days.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const DayRecord& a, const DayRecord& b) { return a.date < b.date; });
    Streak streak;
    int run = 0;
    for (const DayRecord& day : sorted) {
        if (day.date > today) break;
        if (day.status == DayStatus::kept) {
            ++run;
        } else if (day.status == DayStatus::missed && day.date < today) {
            run = 0;
        }
        streak.best = std::max(streak.best, run);
    }
    streak.current = run;
    return streak;
}

std::optional<std::string> rest_day_refusal(Date date, Date today,
                                            std::optional<Date> first_recorded) {
    constexpr days a_year{365};
    const Date earliest = std::min(today, first_recorded.value_or(today)) - a_year;
    const Date latest = today + a_year;
    if (date >= earliest && date <= latest) return std::nullopt;
    return "A rest day must be between " + common::format_date(earliest) + " (a year before " +
           (first_recorded ? "your first recorded day" : "today") + ") and " + common::format_date(latest) +
           " (a year from today); " + common::format_date(date) + " is not.";
}

}  // namespace sitbreak::core
