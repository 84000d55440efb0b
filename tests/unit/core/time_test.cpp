#include <gtest/gtest.h>

#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

const TimePoint kSpringForward = TimePoint{sys_days{year{2026} / March / 29}} + hours{1};
const TimePoint kFallBack = TimePoint{sys_days{year{2026} / October / 25}} + hours{1};
const StepZone kBerlin{hours{1}, {{kSpringForward, hours{2}}, {kFallBack, hours{1}}}};

LocalTime local(sys_days day, int h, int m) { return LocalTime{day} + hours{h} + minutes{m}; }

TEST(Time, FromLocalInvertsToLocalOnOrdinaryDays) {
    const sys_days day{year{2026} / June / 1};
    EXPECT_EQ(from_local(local(day, 9, 0), kBerlin), TimePoint{day} + hours{7});
    EXPECT_EQ(from_local(local(day, 9, 0), FixedZone{hours{-5}}), TimePoint{day} + hours{14});
}

TEST(Time, FromLocalInSpringGapGivesTheTransition) {
    const sys_days day{year{2026} / March / 29};
    EXPECT_EQ(from_local(local(day, 2, 30), kBerlin), kSpringForward);
    EXPECT_EQ(from_local(local(day, 3, 0), kBerlin), kSpringForward);
    EXPECT_EQ(from_local(local(day, 1, 59), kBerlin), kSpringForward - minutes{1});
}

TEST(Time, FromLocalInAutumnOverlapGivesTheEarlierInstant) {
    const sys_days day{year{2026} / October / 25};
    EXPECT_EQ(from_local(local(day, 2, 30), kBerlin), TimePoint{day} + minutes{30});
}

TEST(Time, WorkingHoursContainEndExclusive) {
    WorkingHours hours_;
    for (unsigned d = 0; d < 7; ++d) hours_.set(weekday{d}, {});
    hours_.set(Monday, {{hours{9}, hours{18}}});
    const FixedZone utc;
    EXPECT_FALSE(hours_.contains(at(8, 59, 59), utc));
    EXPECT_TRUE(hours_.contains(at(9), utc));
    EXPECT_TRUE(hours_.contains(at(17, 59, 59), utc));
    EXPECT_FALSE(hours_.contains(at(18), utc));
    EXPECT_EQ(hours_.next_start(at(18), utc), at(9, 0, 0, 7));
}

TEST(Time, WorkingHoursUpToMidnightJoinTheNextDay) {
    WorkingHours hours_;
    hours_.set(Monday, {{hours{20}, hours{24}}});
    hours_.set(Tuesday, {{hours{0}, hours{2}}});
    const FixedZone utc;
    EXPECT_TRUE(hours_.contains(at(23, 59, 59), utc));
    EXPECT_TRUE(hours_.contains(at(0, 0, 0, 1), utc));
    EXPECT_FALSE(hours_.contains(at(2, 0, 0, 1), utc));
}

}  // namespace
}  // namespace sitbreak::test
