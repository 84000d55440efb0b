// Issue 16 in the service: the idle backend's pause alarm is armed only while a prompt
// waits for a pause in typing, microphones are asked about only around a prompt, and
// prompt.escalate marks the earlier prompt urgent.
#include "service_harness.hpp"

namespace sitbreak::test {
namespace {

TEST_F(ServiceTest, ThePauseAlarmIsArmedOnlyWhileAPromptWaitsForIt) {
    activity_.can_pause = true;
    start();
    type_for(minutes{9});
    EXPECT_EQ(activity_.pause, std::nullopt) << "nothing waits yet: typing wakes nothing";
    type_for(minutes{1} + seconds{5});  // due at 10 min, and typing on
    EXPECT_EQ(state(), core::State::sitting);
    EXPECT_TRUE(presenter_.shown.empty());
    EXPECT_EQ(activity_.pause, seconds{3});
    ASSERT_TRUE(status().engine.waiting);
    EXPECT_EQ(status().engine.waiting->reason, core::Hold::typing);
    inputs_.user_paused();
    EXPECT_EQ(state(), core::State::prompting);
    EXPECT_EQ(presenter_.shown.size(), 1u);
    EXPECT_EQ(status().engine.waiting, std::nullopt);
}

TEST_F(ServiceTest, ABackendWithNoPauseAlarmShowsTheDuePromptAtOnce) {
    start();  // ScriptedActivity has no pause alarm unless told
    type_for(minutes{10} + seconds{1});
    EXPECT_EQ(state(), core::State::prompting);
}

struct RecordingCalls final : platform::CallSensor {
    std::vector<bool> asked;  // each watch_microphones
    void watch_microphones(bool on) override { asked.push_back(on); }
};

TEST_F(ServiceTest, MicrophonesAreAskedAboutOnlyFromAMinuteBeforeAPromptUntilItShows) {
    RecordingCalls calls;
    calls_ = &calls;
    start();  // a prompt at 10 min, snoozes of 5 min below
    type_for(minutes{8} + seconds{58});
    EXPECT_TRUE(calls.asked.empty()) << "a prompt over a minute away: no sound-server client";
    type_for(seconds{3});
    EXPECT_EQ(calls.asked, std::vector<bool>{true});
    type_for(minutes{1});
    ASSERT_EQ(state(), core::State::prompting);
    EXPECT_EQ(calls.asked, (std::vector<bool>{true, false})) << "shown: asked no more";
    ASSERT_EQ(service_->snooze(minutes{5}), std::nullopt);
    type_for(minutes{3} + seconds{58});
    EXPECT_EQ(calls.asked.size(), 2u);
    type_for(seconds{3});
    EXPECT_EQ(calls.asked, (std::vector<bool>{true, false, true})) << "before the snooze ends";
    inputs_.quiet_changed(core::Quiet::call, true);
    type_for(minutes{2});
    ASSERT_TRUE(status().engine.waiting);
    EXPECT_EQ(status().engine.waiting->reason, core::Hold::call);
    EXPECT_EQ(calls.asked.back(), true) << "asked on while the call holds the prompt";
    inputs_.quiet_changed(core::Quiet::call, false);
    EXPECT_EQ(state(), core::State::prompting);
    EXPECT_EQ(calls.asked.back(), false);
}

TEST_F(ServiceTest, WithoutCallInQuietWhenMicrophonesAreNeverAskedAbout) {
    RecordingCalls calls;
    calls_ = &calls;
    config::Settings settings = short_settings();
    settings.quiet_when.call = false;
    start(settings);
    type_for(minutes{10} + seconds{1});
    ASSERT_EQ(state(), core::State::prompting);
    EXPECT_TRUE(calls.asked.empty());
}

TEST_F(ServiceTest, AnEscalatedPromptComesEarlierAndUrgent) {
    config::Settings settings = short_settings();  // limit 10 min
    settings.rules.escalate = true;
    settings.rules.escalate_after = 2;
    settings.rules.escalate_step = minutes{2};
    start(settings);
    for (int missed = 0; missed < 2; ++missed) {
        type_for(minutes{10} + seconds{1});
        ASSERT_EQ(state(), core::State::prompting);
        EXPECT_FALSE(presenter_.shown.back().urgent);
        ASSERT_EQ(service_->skip(), std::nullopt);
    }
    EXPECT_EQ(status().engine.escalation, 1);
    EXPECT_EQ(status().engine.limit, minutes{8});
    type_for(minutes{8} + seconds{1});
    ASSERT_EQ(state(), core::State::prompting);
    EXPECT_TRUE(presenter_.shown.back().urgent);
}

}  // namespace
}  // namespace sitbreak::test
