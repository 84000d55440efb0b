// The suspend arithmetic of SleepDetector: CLOCK_BOOTTIME runs on through suspend,
// CLOCK_MONOTONIC stops (DESIGN §3).
#include "platform/dbus/sleep_detector.hpp"

#include <gtest/gtest.h>

#include "recorders.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using platform::ClockReading;
using platform::SleepDetector;
using platform::time_asleep;

constexpr core::TimePoint noon{std::chrono::sys_days{std::chrono::year{2025} / 3 / 14} + 12h};

TEST(TimeAsleep, IsTheGrowthOfBoottimeOverMonotonic) {
    const ClockReading before{100s, 90s};
    EXPECT_EQ(time_asleep(before, {160s, 150s}), 0ns);         // awake: both ran 60 s
    EXPECT_EQ(time_asleep(before, {1100s, 150s}), 940s);       // asleep 940 of 1000 s
    EXPECT_EQ(time_asleep(before, {100s + 900ms, 90s}), 0ns);  // below a second: noise
    EXPECT_EQ(time_asleep(before, {101s, 90s}), 1s);
    EXPECT_EQ(time_asleep(before, {130s, 95s}, 30s), 0ns);  // below a given floor
}

TEST(TimeAsleep, TheRealClocksShowNoSleepBetweenTwoReads) {
    EXPECT_EQ(time_asleep(platform::read_clocks(), platform::read_clocks()), 0ns);
}

TEST(SleepDetector, ReportsTheNapEndingNow) {
    SessionRecorder listener;
    SleepDetector detector{listener, {1000s, 1000s}};
    detector.check({1060s, 1060s}, noon - 2h);
    EXPECT_TRUE(listener.slept.empty());
    // Two hours asleep, then five minutes awake before the loop woke.
    detector.check({1060s + 2h + 5min, 1060s + 5min}, noon);
    ASSERT_EQ(listener.slept.size(), 1U);
    EXPECT_EQ(listener.slept[0].first, noon - 2h);
    EXPECT_EQ(listener.slept[0].second, noon);
    // Measured from the last check, not from the start.
    detector.check({1060s + 2h + 10min, 1060s + 10min}, noon + 5min);
    EXPECT_EQ(listener.slept.size(), 1U);
}

TEST(SleepDetector, RoundsToWholeSeconds) {
    SessionRecorder listener;
    SleepDetector detector{listener, {0s, 0s}};
    detector.check({10s + 600ms, 1s}, noon);
    ASSERT_EQ(listener.slept.size(), 1U);
    EXPECT_EQ(listener.slept[0].first, noon - 10s);
}

TEST(SleepDetector, ChecksTheRealClocksQuietly) {
    SessionRecorder listener;
    SleepDetector detector{listener};
    detector.check();
    detector.check();
    EXPECT_TRUE(listener.slept.empty());
}

}  // namespace
}  // namespace sitbreak::test
