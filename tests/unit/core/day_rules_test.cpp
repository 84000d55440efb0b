// DESIGN §4: desk days, kept and missed days.
#include <gtest/gtest.h>

#include "core/day.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

DayTally desk_day(int done, int prompts, int natural = 0) {
    DayTally day;
    day.sitting = hours{6};
    day.count_done("bridges", done);
    day.prompts = prompts;
    day.natural = natural;
    return day;
}

TEST(DayRules, DeskDayNeedsAnHourOfSitting) {
    const Rules rules;
    DayTally day;
    day.sitting = minutes{59};
    EXPECT_FALSE(is_desk_day(day, rules));
    EXPECT_EQ(classify(day, rules), DayStatus::neutral);
    day.sitting = minutes{60};
    EXPECT_TRUE(is_desk_day(day, rules));
    EXPECT_EQ(classify(day, rules), DayStatus::kept);  // no prompt went unanswered
}

TEST(DayRules, DayIsKeptWhenDoneReachesTheGoal) {
    DayTally day = desk_day(5, 8);
    day.skipped = 3;
    EXPECT_EQ(classify(day, Rules{}), DayStatus::kept);
}

TEST(DayRules, DayIsKeptWhenEveryPromptEndedDoneOrNatural) {
    EXPECT_EQ(classify(desk_day(2, 3, 1), Rules{}), DayStatus::kept);
}

TEST(DayRules, DayIsMissedWhenAPromptWasSkippedOrIgnoredBelowTheGoal) {
    DayTally skipped = desk_day(2, 3);
    skipped.skipped = 1;
    EXPECT_EQ(classify(skipped, Rules{}), DayStatus::missed);
    DayTally ignored = desk_day(4, 5);
    ignored.ignored = 1;
    EXPECT_EQ(classify(ignored, Rules{}), DayStatus::missed);
}

TEST(DayRules, RestDayIsRestWhateverHappened) {
    DayTally day = desk_day(0, 4);
    day.skipped = 4;
    day.rest_day = true;
    EXPECT_EQ(classify(day, Rules{}), DayStatus::rest);
}

TEST(DayRules, SittingIsSplitAtTheDayBoundary) {
    const auto parts = split_by_day(at(3, 30), at(4, 45), hours{0}, hours{4});
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], (std::pair{Date{kMonday - days{1}}, Duration{minutes{30}}}));
    EXPECT_EQ(parts[1], (std::pair{Date{kMonday}, Duration{minutes{45}}}));
}

TEST(DayRules, SittingIsSplitAtLocalDayBoundary) {
    // 23:30 to 01:30 UTC is 03:30 to 05:30 in UTC+4.
    const auto parts = split_by_day(at(23, 30), at(1, 30, 0, 1), hours{4}, hours{4});
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0].second, minutes{30});
    EXPECT_EQ(parts[1].first, kMonday + days{1});
}

}  // namespace
}  // namespace sitbreak::test
