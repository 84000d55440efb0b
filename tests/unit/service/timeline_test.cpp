// The daemon's time: durations on the clock that counts suspend and never steps, the wall
// clock only as an anchor. Steps and sleeps are each reported once, by the next look.
#include "service/timeline.hpp"

#include <gtest/gtest.h>

#include "test_clock.hpp"

namespace sitbreak::test {
namespace {

using service::Timeline;

constexpr sys_seconds kNoon{sys_days{year{2026} / March / 2} + hours{12}};

class TimelineTest : public ::testing::Test {
protected:
    TestClock clock_{system_clock::time_point{kNoon.time_since_epoch()}};
    Timeline timeline_{clock_};
};

TEST_F(TimelineTest, FollowsTheWallClockWhileNothingHappens) {
    EXPECT_EQ(timeline_.now(), kNoon);
    clock_.advance(minutes{90} + milliseconds{700});
    EXPECT_EQ(timeline_.now(), kNoon + minutes{90});
    const auto changes = timeline_.look();
    EXPECT_EQ(changes.stepped, seconds{0});
    EXPECT_EQ(changes.slept, seconds{0});
    EXPECT_EQ(timeline_.until(kNoon + minutes{90} + seconds{1}), milliseconds{300});
}

TEST_F(TimelineTest, AStepIsMeasuredOnceAndBecomesTheNewAnchor) {
    clock_.advance(minutes{1});
    clock_.step_wall(hours{8});
    EXPECT_EQ(timeline_.now(), kNoon + minutes{1}) << "until it has looked";
    EXPECT_EQ(timeline_.look().stepped, hours{8});
    EXPECT_EQ(timeline_.now(), kNoon + hours{8} + minutes{1});
    EXPECT_EQ(timeline_.look().stepped, seconds{0});
    clock_.step_wall(-hours{9});
    EXPECT_EQ(timeline_.look().stepped, -hours{9});
    EXPECT_EQ(timeline_.now(), kNoon - hours{1} + minutes{1});
}

TEST_F(TimelineTest, LessThanASecondIsNoStep) {
    clock_.step_wall(milliseconds{900});
    EXPECT_EQ(timeline_.look().stepped, seconds{0});
    clock_.step_wall(milliseconds{200});  // now 1.1 s off the anchor
    EXPECT_EQ(timeline_.look().stepped, seconds{1});
}

TEST_F(TimelineTest, ASleepIsMeasuredOnceAndIsNoStep) {
    clock_.advance(minutes{5});
    clock_.suspend(hours{2} + milliseconds{400});
    const auto changes = timeline_.look();
    EXPECT_EQ(changes.slept, hours{2});
    EXPECT_EQ(changes.stepped, seconds{0}) << "the wall clock moved with the sleep";
    EXPECT_EQ(timeline_.now(), kNoon + hours{2} + minutes{5});
    EXPECT_EQ(timeline_.look().slept, seconds{0});
}

TEST_F(TimelineTest, TheClocksOfThisMachineShowNoSleepBetweenTwoReads) {
    const auto first = platform::read_steady_clocks();
    const auto second = platform::read_steady_clocks();
    EXPECT_LT((second.boottime - first.boottime) - (second.monotonic - first.monotonic),
              milliseconds{100});
}

}  // namespace
}  // namespace sitbreak::test
