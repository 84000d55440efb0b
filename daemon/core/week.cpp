#include "week.hpp"

#include <algorithm>
#include <map>

namespace sitbreak::core {

using namespace std::chrono;

namespace {

void add_day(WeekTally& week, const ProgrammeDay& day) {
    week.sessions += day.sessions;
    if (day.desk_day && !day.rest_day) ++week.desk_days;
}

void set_goal(WeekTally& week, Date today, const Programme& programme) {
    const int asked = std::max(programme.sessions_per_week, 1);
    week.goal =
        week.ended(today) && week.sessions < asked ? std::min(asked, week.desk_days) : asked;
}

}  // namespace

Date week_start(Date date, weekday week_starts) {
    return date - (weekday{date} - week_starts);  // weekday differences are 0..6 days
}

bool WeekTally::kept() const { return goal > 0 && sessions >= goal; }

bool WeekTally::neutral(Date today) const { return !kept() && (goal == 0 || !ended(today)); }

WeekTally tally_week(std::span<const ProgrammeDay> days, Date start, Date today,
                     const Programme& programme) {
    WeekTally week{start};
    for (const ProgrammeDay& day : days) {
        if (day.date >= start && day.date < start + std::chrono::days{7}) add_day(week, day);
    }
    set_goal(week, today, programme);
    return week;
}

Streak weekly_streak(std::span<const ProgrammeDay> days, Date today, const Programme& programme) {
    std::map<Date, WeekTally> weeks;  // each week with a record, oldest first
    for (const ProgrammeDay& day : days) {
        if (day.date > today) continue;
        const Date start = week_start(day.date, programme.week_starts);
        add_day(weeks.try_emplace(start, WeekTally{start}).first->second, day);
    }
    Streak streak;
    int run = 0;
    for (auto& [start, week] : weeks) {
        set_goal(week, today, programme);
        if (week.kept()) {
            ++run;
        } else if (!week.neutral(today)) {
            run = 0;
        }
        streak.best = std::max(streak.best, run);
    }
    streak.current = run;
    return streak;
}

}  // namespace sitbreak::core
