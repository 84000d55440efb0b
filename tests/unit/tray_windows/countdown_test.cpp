#include "tray/windows/countdown.hpp"

#include <gtest/gtest.h>

#include "tray/windows/click_guard.hpp"

namespace sitbreak::tray {
namespace {

using namespace std::chrono_literals;

TEST(SqueezeCountdown, ShowsWholeSecondsLeftRoundedUp) {
    const SqueezeCountdown countdown{30s};
    EXPECT_EQ(countdown.at(0ms).remaining, 30s);
    EXPECT_EQ(countdown.at(999ms).remaining, 30s);
    EXPECT_EQ(countdown.at(1000ms).remaining, 29s);
    EXPECT_EQ(countdown.at(29'001ms).remaining, 1s);
    EXPECT_FALSE(countdown.at(29'999ms).finished);
}

TEST(SqueezeCountdown, FinishesAtItsLengthAndNotBefore) {
    const SqueezeCountdown countdown{30s};
    const CountdownState end = countdown.at(30s);
    EXPECT_TRUE(end.finished);
    EXPECT_EQ(end.remaining, 0s);
    EXPECT_DOUBLE_EQ(end.fraction_done, 1.0);
    EXPECT_TRUE(countdown.at(45s).finished);  // a late tick still ends it
    EXPECT_DOUBLE_EQ(countdown.at(-5s).fraction_done, 0.0);
    EXPECT_DOUBLE_EQ(countdown.at(15s).fraction_done, 0.5);
}

TEST(SqueezeCountdown, CuesBothSidesThenRightThenLeft) {
    const SqueezeCountdown countdown{30s};
    EXPECT_EQ(countdown.at(0s).cue, SqueezeCue::both);
    EXPECT_EQ(countdown.at(14'999ms).cue, SqueezeCue::both);
    EXPECT_EQ(countdown.at(15s).cue, SqueezeCue::right);
    EXPECT_EQ(countdown.at(22'500ms).cue, SqueezeCue::left);
    EXPECT_EQ(cue_text(SqueezeCue::right), "Now only the right side");
}

TEST(SqueezeCountdown, ShortSqueezesSkipTheSides) {
    const SqueezeCountdown countdown{5s};
    EXPECT_EQ(countdown.at(4s).cue, SqueezeCue::both);
    EXPECT_EQ(SqueezeCountdown{0s}.length(), 1s);  // never a countdown of nothing
}

TEST(ClickGuard, IgnoresClicksUntilTheContentStoodStill) {
    const ClickGuard::Clock::time_point shown{10s};
    ClickGuard guard;
    guard.arm(shown);
    EXPECT_FALSE(guard.accepts(shown));
    EXPECT_FALSE(guard.accepts(shown + 499ms));
    EXPECT_TRUE(guard.accepts(shown + 500ms));
    guard.arm(shown + 2s);  // the buttons moved
    EXPECT_FALSE(guard.accepts(shown + 2s + 100ms));
}

}  // namespace
}  // namespace sitbreak::tray
