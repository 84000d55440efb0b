// DESIGN §14.3: the programme's weeks, kept weeks and the weekly streak.
#include <gtest/gtest.h>

#include "core/week.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

const Programme kProgramme{};  // 3 a week, weeks from Monday

// Weeks ending with the one of kMonday, oldest first: per week, per day from Monday, '-' no
// record, 'd' a desk day, 'r' a rest day, 'a' a day recorded away from the desk, a digit that
// many sessions on a desk day.
std::vector<ProgrammeDay> weeks(const std::vector<std::string>& codes) {
    std::vector<ProgrammeDay> days_;
    Date date = kMonday - days{7 * (static_cast<int>(codes.size()) - 1)};
    for (const std::string& week : codes) {
        for (char code : week) {
            if (code == 'r') days_.push_back({date, 0, false, true});
            if (code == 'a') days_.push_back({date, 0, false, false});
            if (code == 'd') days_.push_back({date, 0, true, false});
            if (code >= '1' && code <= '9') days_.push_back({date, code - '0', true, false});
            date += days{1};
        }
        date += days{7 - static_cast<int>(week.size())};
    }
    return days_;
}

TEST(WeekRules, AWeekStartsOnItsConfiguredDay) {
    EXPECT_EQ(week_start(kMonday + days{6}, Monday), kMonday);
    EXPECT_EQ(week_start(kMonday, Monday), kMonday);
    EXPECT_EQ(week_start(kMonday + days{7}, Monday), kMonday + days{7});
    EXPECT_EQ(week_start(kMonday, Sunday), kMonday - days{1});
    EXPECT_EQ(week_start(kMonday - days{1}, Sunday), kMonday - days{1});
    EXPECT_EQ(week_start(kMonday + days{5}, Saturday), kMonday + days{5});
}

TEST(WeekRules, TheWeekOverADaylightSavingChangeIsSevenCalendarDays) {
    // 2026-03-29 (a Sunday) is the EU's change: weeks are dates, not 168 hours.
    const Date change = sys_days{year{2026} / March / 29};
    EXPECT_EQ(week_start(change, Monday), sys_days{year{2026} / March / 23});
    EXPECT_EQ(week_start(change + days{1}, Monday), sys_days{year{2026} / March / 30});
}

TEST(WeekRules, AWeekIsKeptOnItsLastDayBySessionsOnAnyDays) {
    const auto days_ = weeks({"dd1dd-1", "d"});
    EXPECT_FALSE(tally_week(days_, kMonday - days{7}, kMonday - days{1}, kProgramme).kept());
    auto kept_on_sunday = days_;
    kept_on_sunday.push_back({kMonday - days{1}, 1, false, false});  // a session at home
    const WeekTally week =
        tally_week(kept_on_sunday, kMonday - days{7}, kMonday - days{1}, kProgramme);
    EXPECT_EQ(week.sessions, 3);
    EXPECT_TRUE(week.kept());
}

TEST(WeekRules, AnEndedWeekWithFewerDeskDaysAsksOnePerDeskDay) {
    const auto days_ = weeks({"1r1rr--", "d"});  // two desk days, three rest days
    const WeekTally week = tally_week(days_, kMonday - days{7}, kMonday, kProgramme);
    EXPECT_EQ(week.desk_days, 2);
    EXPECT_EQ(week.goal, 2);
    EXPECT_TRUE(week.kept());
}

TEST(WeekRules, TheRunningWeekAsksTheWholeGoal) {
    const auto days_ = weeks({"1r"});
    const WeekTally week = tally_week(days_, kMonday, kMonday + days{1}, kProgramme);
    EXPECT_EQ(week.goal, 3);
    EXPECT_FALSE(week.kept());
    EXPECT_TRUE(week.neutral(kMonday + days{1}));
}

TEST(WeekRules, KeptWeeksInARowAreTheStreak) {
    EXPECT_EQ(weekly_streak(weeks({"d111ddd", "1d1d1--", "111"}), kMonday + days{2}, kProgramme),
              (Streak{3, 3}));
}

TEST(WeekRules, AMissedWeekEndsTheStreakAndBestRemembersIt) {
    const auto days_ = weeks({"111", "111", "1dddd--", "111", "d"});
    EXPECT_EQ(weekly_streak(days_, kMonday, kProgramme), (Streak{1, 2}));
}

TEST(WeekRules, TheRunningWeekDoesNotBreakTheStreakBeforeItEnds) {
    const auto days_ = weeks({"111", "111", "ddddd"});
    EXPECT_EQ(weekly_streak(days_, kMonday + days{4}, kProgramme), (Streak{2, 2}));
    EXPECT_EQ(weekly_streak(days_, kMonday + days{7}, kProgramme), (Streak{0, 2}))
        << "once it has ended without sessions, it does";
}

TEST(WeekRules, AWeekAwayOrOfRestDaysIsSteppedOver) {
    EXPECT_EQ(weekly_streak(weeks({"111", "rrrrr--", "aaa", "111"}), kMonday + days{2}, kProgramme),
              (Streak{2, 2}));
    EXPECT_EQ(weekly_streak(weeks({"111", "-------", "111"}), kMonday + days{2}, kProgramme),
              (Streak{2, 2}))
        << "a week with nothing recorded";
}

TEST(WeekRules, AnotherWeekStartMovesTheSameDaysIntoOtherWeeks) {
    // Sessions on Friday, Saturday and Monday: two Monday weeks, but one Thursday week.
    const auto days_ = weeks({"dddd11d", "1d"});
    Programme thursdays = kProgramme;
    thursdays.week_starts = Thursday;
    EXPECT_FALSE(tally_week(days_, kMonday - days{7}, kMonday + days{1}, kProgramme).kept());
    EXPECT_TRUE(tally_week(days_, kMonday - days{4}, kMonday + days{1}, thursdays).kept());
}

}  // namespace
}  // namespace sitbreak::test
