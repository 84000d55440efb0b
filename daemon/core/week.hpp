#pragma once
// The programme's weeks (DESIGN §14.3): activation sessions per week, kept weeks and the
// weekly streak. Pure: the store says what each day held; nothing here reads a clock.
#include <chrono>
#include <span>

#include "day.hpp"
#include "time.hpp"

namespace sitbreak::core {

// The programme.* settings.
struct Programme {
    int sessions_per_week{3};                               // programme.sessions_per_week
    std::chrono::weekday week_starts{std::chrono::Monday};  // programme.week_starts
    std::chrono::minutes suggest_after{16 * 60};            // programme.suggest_after
    int progress_after{4};                                  // programme.progress_after
    friend bool operator==(const Programme&, const Programme&) = default;
};

// The first day of the week `date` (a sitbreak day) belongs to.
[[nodiscard]] Date week_start(Date date, std::chrono::weekday week_starts);

// A day as the week sees it; days with no record count as neither desk nor rest days.
struct ProgrammeDay {
    Date date;
    int sessions{0};  // sessions recorded that day
    bool desk_day{false};
    bool rest_day{false};
};

// What a week asked and got. An ended week asks sessions_per_week, or one per desk day when
// it had fewer (a rest day is not a desk day, whatever was sat on it): a week with two desk
// days is kept with two sessions, and one with none asks nothing. Sessions count on any day
// of the week, at the desk or not, and sessions_per_week of them keep any week. The week
// still running asks sessions_per_week: its days are not all known.
struct WeekTally {
    Date start;
    int sessions{0};
    int desk_days{0};
    int goal{0};
    [[nodiscard]] bool kept() const;
    // Neither kept nor missed: it asked nothing (a week away), or it has not ended.
    [[nodiscard]] bool neutral(Date today) const;
    [[nodiscard]] bool ended(Date today) const { return today >= start + std::chrono::days{7}; }
};

// The week that starts on `start`, from days in any order (others are ignored).
[[nodiscard]] WeekTally tally_week(std::span<const ProgrammeDay> days, Date start, Date today,
                                   const Programme& programme);

// Kept weeks in a row. A missed week ends a run; weeks that asked nothing are stepped over;
// the week still running counts once kept and does not end the run before it ends.
[[nodiscard]] Streak weekly_streak(std::span<const ProgrammeDay> days, Date today,
                                   const Programme& programme);

}  // namespace sitbreak::core
