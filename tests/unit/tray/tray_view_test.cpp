// What the tray shows for a daemon status, and when it has to look again (DESIGN §10, §12).
#include "tray/tray_view.hpp"

#include <gtest/gtest.h>

namespace sitbreak::tray {
namespace {

using namespace std::chrono;

// 2024-05-31 12:00 UTC; the zone is UTC+2, so 14:00 local.
const common::TimePoint now{sys_days{2024y / May / 31} + 12h};
const common::FixedZone zone{2h};

std::int64_t unix_at(common::TimePoint t) { return t.time_since_epoch().count(); }

DaemonStatus sitting(seconds sat, seconds on_clock) {
    DaemonStatus status;
    status.state = DaemonState::sitting;
    status.sitting_since = unix_at(now - sat);
    status.hour_started = unix_at(now - on_clock);
    status.limit_seconds = 3600;
    status.next_prompt_at = unix_at(now - on_clock + 1h);
    status.snoozes_left = 3;
    status.today = "2024-05-31";
    status.today_done = 3;
    status.current_streak = 5;
    return status;
}

TEST(TrayView, SittingShowsMinutesRingAndNextPrompt) {
    const TrayView view = tray_view(sitting(42min + 13s, 30min), now, zone);
    EXPECT_EQ(view.face, (IconFace{IconLook::sitting, "42", 30}));
    EXPECT_EQ(view.status_line, "Sitting for 42m · next prompt at 14:30");
    EXPECT_EQ(view.tooltip,
              "sitbreak\nSitting for 42m · next prompt at 14:30\nToday 3 done · streak 5 days");
}

TEST(TrayView, ShortSpellAndLongSpell) {
    EXPECT_EQ(tray_view(sitting(35s, 35s), now, zone).face.label, "0");
    EXPECT_EQ(tray_view(sitting(35s, 35s), now, zone).status_line.substr(0, 15), "Sitting for <1m");
    EXPECT_EQ(tray_view(sitting(99min, 10min), now, zone).face.label, "99");
    EXPECT_EQ(tray_view(sitting(100min, 10min), now, zone).face.label, "1h");
    EXPECT_EQ(tray_view(sitting(150min, 10min), now, zone).status_line.substr(0, 18),
              "Sitting for 2h30m ");
}

TEST(TrayView, RingIsFullAtTheLimitAndNeverMore) {
    EXPECT_EQ(tray_view(sitting(2h, 59min + 59s), now, zone).face.ring_steps, 59);
    EXPECT_EQ(tray_view(sitting(2h, 3h), now, zone).face.ring_steps, kRingSteps);
}

TEST(TrayView, PromptingLooksDistinctAndOffersSnoozeAndSkip) {
    DaemonStatus status = sitting(65min, 65min);
    status.state = DaemonState::prompting;
    status.prompt_id = 7;
    const TrayView view = tray_view(status, now, zone);
    EXPECT_EQ(view.face, (IconFace{IconLook::prompting, "65", kRingSteps}));
    EXPECT_EQ(view.status_line, "Time to move: sitting for 1h5m");
    EXPECT_TRUE(view.menu.snooze);
    EXPECT_TRUE(view.menu.skip);
    EXPECT_FALSE(view.menu.resume);
    EXPECT_NE(view.tooltip.find("3 snoozes left"), std::string::npos);
}

TEST(TrayView, NoSnoozeWhenNoneIsLeft) {
    DaemonStatus status = sitting(65min, 65min);
    status.state = DaemonState::prompting;
    status.snoozes_left = 0;
    const TrayView view = tray_view(status, now, zone);
    EXPECT_FALSE(view.menu.snooze);
    EXPECT_TRUE(view.menu.skip);
    EXPECT_NE(view.tooltip.find("no snoozes left"), std::string::npos);
}

TEST(TrayView, NoSnoozeOrSkipWithoutAPrompt) {
    const TrayView view = tray_view(sitting(5min, 5min), now, zone);
    EXPECT_FALSE(view.menu.snooze);
    EXPECT_FALSE(view.menu.skip);
    EXPECT_FALSE(view.menu.resume);
    EXPECT_TRUE(view.menu.confirm);  // a done counts without a prompt
    EXPECT_TRUE(view.menu.pause);
}

TEST(TrayView, PausedIsGreyAndOffersResume) {
    DaemonStatus status;
    status.state = DaemonState::paused;
    status.paused_until = unix_at(now + 30min);
    const TrayView view = tray_view(status, now, zone);
    EXPECT_EQ(view.face, (IconFace{IconLook::paused, "", 0}));
    EXPECT_EQ(view.status_line, "Paused until 14:30");
    EXPECT_TRUE(view.menu.resume);
    status.paused_until = unix_at(sys_days{2024y / June / 1} + 2h);  // 04:00 local tomorrow
    EXPECT_EQ(tray_view(status, now, zone).status_line, "Paused until tomorrow 04:00");
}

TEST(TrayView, AwayIsGreyWithoutNumber) {
    DaemonStatus status;
    status.state = DaemonState::away;
    const TrayView view = tray_view(status, now, zone);
    EXPECT_EQ(view.face, (IconFace{IconLook::away, "", 0}));
    EXPECT_EQ(view.status_line, "Away from the desk");
    EXPECT_TRUE(view.menu.daemon_present);
}

TEST(TrayView, AbsentDaemonOffersNothingButStarting) {
    const TrayView view = tray_view(std::nullopt, now, zone);
    EXPECT_EQ(view.face.look, IconLook::absent);
    EXPECT_EQ(view.status_line, "The sitbreak daemon is not running");
    EXPECT_EQ(view.menu, MenuState{});
}

TEST(TrayView, QuietSittingSaysPromptsWait) {
    DaemonStatus status = sitting(70min, 70min);
    status.next_prompt_at = 0;
    status.quiet = true;
    EXPECT_EQ(tray_view(status, now, zone).status_line,
              "Sitting for 1h10m · prompts wait while it is quiet");
}

TEST(TrayView, ProblemsGoIntoTheTooltip) {
    DaemonStatus status = sitting(1min, 1min);
    status.config_error = "config.toml:3: sitting.limit: expected a duration";
    EXPECT_NE(
        tray_view(status, now, zone)
            .tooltip.find("\nConfig problem (the last good settings stay in use): config.toml:3"),
        std::string::npos);
}

// DESIGN §12: the tray wakes by itself at most twice a minute while nothing changes.
TEST(NextChange, NextMinuteOrRingStepWhileSitting) {
    // Spell at 42m13s: next minute in 47 s. Hour clock at 30m00s: next step in 60 s.
    EXPECT_EQ(next_change(sitting(42min + 13s, 30min), now), now + 47s);
    // Hour clock at 30m50s: the ring's next step (31 of 60) comes at 31m00s.
    EXPECT_EQ(next_change(sitting(42min + 5s, 30min + 50s), now), now + 10s);
}

TEST(NextChange, AtMostTwoWakeupsAMinute) {
    DaemonStatus status = sitting(10min + 17s, 3min + 41s);
    common::TimePoint t = now;
    int wakeups = 0;
    while (t < now + 10min) {
        t = *next_change(status, t);
        ++wakeups;
    }
    EXPECT_LE(wakeups, 2 * 10 + 1);
    EXPECT_GE(wakeups, 10);
}

TEST(NextChange, ShortLimitsStepTheRingEveryFewSeconds) {
    DaemonStatus status = sitting(10s, 10s);
    status.limit_seconds = 120;  // 2 s a step
    EXPECT_EQ(next_change(status, now), now + 2s);
}

TEST(NextChange, PromptingOnlyCountsMinutes) {
    DaemonStatus status = sitting(65min + 50s, 65min);
    status.state = DaemonState::prompting;
    EXPECT_EQ(next_change(status, now), now + 10s);
}

TEST(NextChange, NothingWhileAwayPausedOrAbsent) {
    DaemonStatus status;
    status.state = DaemonState::away;
    EXPECT_EQ(next_change(status, now), std::nullopt);
    status.state = DaemonState::paused;
    EXPECT_EQ(next_change(status, now), std::nullopt);
    EXPECT_EQ(next_change(std::nullopt, now), std::nullopt);
}

TEST(NextChange, ChangeComesAfterTheMomentAsked) {
    const DaemonStatus status = sitting(42min, 30min);  // exactly on both boundaries
    EXPECT_EQ(next_change(status, now), now + 60s);
    EXPECT_GT(*next_change(status, now), now);
}

}  // namespace
}  // namespace sitbreak::tray
