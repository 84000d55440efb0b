// DESIGN §4: current and best streaks.
#include <gtest/gtest.h>

#include "core/day.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

// Days ending at kMonday (today), written oldest first: k kept, m missed, n neutral, r rest.
std::vector<DayRecord> history(std::string_view codes) {
    std::vector<DayRecord> records;
    Date date = kMonday - days{static_cast<int>(codes.size()) - 1};
    for (char code : codes) {
        const DayStatus status = code == 'k'   ? DayStatus::kept
                                 : code == 'm' ? DayStatus::missed
                                 : code == 'r' ? DayStatus::rest
                                               : DayStatus::neutral;
        records.push_back({date, status});
        date += days{1};
    }
    return records;
}

Streak streak_of(std::string_view codes) { return compute_streak(history(codes), kMonday); }

TEST(StreakRules, KeptDaysInARowCount) { EXPECT_EQ(streak_of("mkkk"), (Streak{3, 3})); }

TEST(StreakRules, StreakStepsOverNeutralAndRestDays) {
    EXPECT_EQ(streak_of("kknnkrrk"), (Streak{4, 4}));
}

TEST(StreakRules, MissedDayEndsTheStreakAndBestRemembersIt) {
    EXPECT_EQ(streak_of("kkkkmkk"), (Streak{2, 4}));
}

TEST(StreakRules, TodayNotYetKeptDoesNotBreakTheStreak) {
    EXPECT_EQ(streak_of("kkkm"), (Streak{3, 3}));
    EXPECT_EQ(streak_of("kkkn"), (Streak{3, 3}));
}

TEST(StreakRules, TodayCountsOnceKept) { EXPECT_EQ(streak_of("kkkk"), (Streak{4, 4})); }

TEST(StreakRules, DaysWithNoRecordAreNeutral) {
    const std::vector<DayRecord> records{{kMonday - days{10}, DayStatus::kept},
                                         {kMonday - days{3}, DayStatus::kept}};
    EXPECT_EQ(compute_streak(records, kMonday), (Streak{2, 2}));
}

TEST(StreakRules, OrderOfRecordsDoesNotMatterAndFutureIsIgnored) {
    const std::vector<DayRecord> records{{kMonday + days{1}, DayStatus::kept},
                                         {kMonday - days{1}, DayStatus::kept},
                                         {kMonday - days{2}, DayStatus::missed}};
    EXPECT_EQ(compute_streak(records, kMonday), (Streak{1, 1}));
}

TEST(StreakRules, NoHistoryIsNoStreak) { EXPECT_EQ(streak_of(""), (Streak{0, 0})); }

}  // namespace
}  // namespace sitbreak::test
