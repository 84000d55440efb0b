// DESIGN §3, §4, §8: working hours, the day boundary and daylight saving time.
#include <gtest/gtest.h>

#include "core/day.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

Rules office_hours(std::vector<TimeRange> ranges) {
    Rules rules = default_rules();
    for (unsigned d = 0; d < 7; ++d) rules.hours.set(weekday{d}, {});
    for (unsigned d = 1; d <= 5; ++d) rules.hours.set(weekday{d}, ranges);
    return rules;
}

TEST(ScheduleRules, PromptDueAfterWorkingHoursWaitsForTheNextWorkingRange) {
    Harness h{office_hours({{hours{9}, hours{18}}}), nullptr, at(17)};
    h.type(at(17, 5), at(17, 6));  // due at 18:05, hours end at 18:00
    EXPECT_EQ(h.engine.status().next_prompt_at, at(9, 0, 0, 1));
    h.engine.advance(at(18, 5));
    h.engine.advance(at(8, 59, 59, 1));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
    h.engine.advance(at(9, 0, 0, 1));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(9, 0, 0, 1), 0, false}}));
}

TEST(ScheduleRules, PromptDueInLunchGapOpensWhenAfternoonStarts) {
    Harness h{office_hours({{hours{9}, hours{12}}, {hours{13}, hours{18}}})};
    h.type(at(11, 30), at(11, 31));
    h.engine.advance(at(13));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(13), 0, false}}));
}

TEST(ScheduleRules, FridayEveningWaitsForMonday) {
    Harness h{office_hours({{hours{9}, hours{18}}}), nullptr, at(17, 0, 0, 4)};
    h.type(at(17, 30, 0, 4), at(17, 31, 0, 4));
    EXPECT_EQ(h.engine.status().next_prompt_at, at(9, 0, 0, 7));
}

TEST(ScheduleRules, DayStartsAtDayStartsAt) {
    const FixedZone utc;
    EXPECT_EQ(day_of(at(3, 59, 59), utc, hours{4}), kMonday - days{1});
    EXPECT_EQ(day_of(at(4), utc, hours{4}), kMonday);
    EXPECT_EQ(day_of(at(5, 59), utc, hours{6}), kMonday - days{1});
    EXPECT_EQ(day_of(at(0), utc, hours{0}), kMonday);
    EXPECT_EQ(next_day_start(at(12), utc, hours{4}), at(4, 0, 0, 1));
    // Local time decides, not UTC: 01:00 UTC is 05:00 in UTC+4.
    EXPECT_EQ(day_of(at(1), FixedZone{hours{4}}, hours{4}), kMonday);
}

// Central Europe: UTC+1, UTC+2 from 2026-03-29 01:00 UTC until 2026-10-25 01:00 UTC.
const TimePoint kSpringForward = TimePoint{sys_days{year{2026} / March / 29}} + hours{1};
const TimePoint kFallBack = TimePoint{sys_days{year{2026} / October / 25}} + hours{1};
const StepZone kBerlin{hours{1}, {{kSpringForward, hours{2}}, {kFallBack, hours{1}}}};

TEST(ScheduleRules, DstForwardShortensTheDayThatSpansTheNight) {
    // The clocks jump at 02:00 local on the 29th, inside the day that began on the 28th.
    const sys_days day{year{2026} / March / 28};
    const TimePoint start = day_start(day, kBerlin, hours{4});
    const TimePoint next = day_start(day + days{1}, kBerlin, hours{4});
    EXPECT_EQ(start, TimePoint{day} + hours{3});           // 04:00 CET
    EXPECT_EQ(next, TimePoint{day + days{1}} + hours{2});  // 04:00 CEST
    EXPECT_EQ(next - start, hours{23});
    EXPECT_EQ(day_of(next - seconds{1}, kBerlin, hours{4}), day);
    EXPECT_EQ(day_of(next, kBerlin, hours{4}), day + days{1});
}

TEST(ScheduleRules, DstBackLengthensTheDayThatSpansTheNight) {
    const sys_days day{year{2026} / October / 24};
    const TimePoint start = day_start(day, kBerlin, hours{4});
    EXPECT_EQ(start, TimePoint{day} + hours{2});  // 04:00 CEST
    EXPECT_EQ(day_start(day + days{1}, kBerlin, hours{4}), TimePoint{day + days{1}} + hours{3});
    EXPECT_EQ(day_start(day + days{1}, kBerlin, hours{4}) - start, hours{25});
}

TEST(ScheduleRules, WorkingHoursFollowLocalTimeAcrossDstForward) {
    // Monday 2026-03-30, the first working day after the change: 09:00 CEST = 07:00 UTC.
    const TimePoint monday = TimePoint{sys_days{year{2026} / March / 30}};
    Harness h{office_hours({{hours{9}, hours{18}}}), &kBerlin, monday + hours{5}};
    h.type(monday + hours{5}, monday + hours{5} + minutes{1});  // 07:00 local, due 08:00
    EXPECT_EQ(h.engine.status().next_prompt_at, monday + hours{7});
}

TEST(ScheduleRules, WorkingHoursFollowLocalTimeAcrossDstBack) {
    // Monday 2026-10-26: 09:00 CET = 08:00 UTC.
    const TimePoint monday = TimePoint{sys_days{year{2026} / October / 26}};
    Harness h{office_hours({{hours{9}, hours{18}}}), &kBerlin, monday + hours{6}};
    h.type(monday + hours{6}, monday + hours{6} + minutes{1});  // 07:00 local, due 08:00
    EXPECT_EQ(h.engine.status().next_prompt_at, monday + hours{8});
}

TEST(ScheduleRules, PromptOpenOverDstForwardNightIsIgnoredAt0400Local) {
    const sys_days day{year{2026} / March / 29};
    const TimePoint night = TimePoint{day} - hours{1};  // 00:00 CET, still the 28th's day
    Harness h{default_rules(), &kBerlin, night};
    h.type(night, night + minutes{1});
    h.engine.advance(TimePoint{day} + hours{2});
    const auto closed = h.of<PromptClosed>();
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(closed[0].at, TimePoint{day} + hours{2});
    EXPECT_EQ(closed[0].outcome, Outcome::ignored);
}

TEST(ScheduleRules, EmptyWeekNeverPrompts) {
    Harness h{office_hours({})};
    h.type(at(9), at(9, 1));
    EXPECT_EQ(h.engine.status().next_prompt_at, std::nullopt);
    h.engine.advance(at(12));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
}

}  // namespace
}  // namespace sitbreak::test
