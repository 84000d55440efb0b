// DESIGN §3: the hour clock and the prompt lifecycle.
#include <gtest/gtest.h>

#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

// Sitting since 09:00; the first prompt is due at 10:00.
struct PromptRules : ::testing::Test {
    Harness h;
    void SetUp() override { h.type(at(9), at(9, 1)); }
    PromptId open_first_prompt() {
        h.engine.advance(at(10));
        const auto opened = h.of<PromptOpened>();
        EXPECT_EQ(opened.size(), 1u);
        return opened.empty() ? 0 : opened[0].id;
    }
};

TEST_F(PromptRules, PromptOpensWhenHourClockReachesLimit) {
    h.engine.advance(at(9, 59, 59));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
    EXPECT_EQ(h.engine.status().next_prompt_at, at(10));
    h.engine.advance(at(10));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10), 0, false}}));
    EXPECT_EQ(h.engine.status().state, State::prompting);
}

TEST_F(PromptRules, HourClockRestartsAtDone) {
    const PromptId id = open_first_prompt();
    EXPECT_FALSE(h.engine.confirm("bridges", at(10, 2)));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{id, at(10, 2), Outcome::done, "bridges"}}));
    EXPECT_EQ(h.engine.status().hour_started, at(10, 2));
    EXPECT_EQ(h.engine.status().next_prompt_at, at(11, 2));
    EXPECT_EQ(h.engine.status().state, State::sitting);
}

TEST_F(PromptRules, HourClockRestartsAtSkip) {
    const PromptId id = open_first_prompt();
    EXPECT_FALSE(h.engine.skip(at(10, 3)));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{id, at(10, 3), Outcome::skipped, {}}}));
    EXPECT_EQ(h.engine.status().next_prompt_at, at(11, 3));
}

TEST_F(PromptRules, DoneWithNoPromptOpenCountsAndRestartsHourClock) {
    EXPECT_FALSE(h.engine.confirm("squeeze", at(9, 30)));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(9, 30), 0, true}}));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{1, at(9, 30), Outcome::done, "squeeze"}}));
    EXPECT_EQ(h.engine.status().next_prompt_at, at(10, 30));
}

TEST_F(PromptRules, PromptDueWhileSuppressedOpensTheMomentSuppressionEnds) {
    h.engine.set_quiet(Quiet::dnd, true, at(9, 50));
    h.engine.advance(at(10, 19, 59));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
    EXPECT_EQ(h.engine.status().next_prompt_at, std::nullopt);
    h.engine.set_quiet(Quiet::dnd, false, at(10, 20));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10, 20), 0, false}}));
}

TEST_F(PromptRules, PromptDueWhileFullscreenOpensWhenFullscreenEnds) {
    h.engine.set_quiet(Quiet::fullscreen, true, at(9, 10));
    h.engine.set_quiet(Quiet::fullscreen, false, at(10, 45));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10, 45), 0, false}}));
}

TEST_F(PromptRules, SnoozeReopensAfterItsLength) {
    const PromptId id = open_first_prompt();
    EXPECT_FALSE(h.engine.snooze(std::nullopt, at(10, 1)));
    EXPECT_EQ(h.of<PromptSnoozed>(), (std::vector{PromptSnoozed{id, at(10, 1), at(10, 11), 1}}));
    EXPECT_EQ(h.engine.status().state, State::sitting);
    h.engine.advance(at(10, 10, 59));
    EXPECT_EQ(h.of<PromptOpened>().size(), 1u);
    h.engine.advance(at(10, 11));
    EXPECT_EQ(h.of<PromptOpened>().back(), (PromptOpened{id, at(10, 11), 1, false}));
}

TEST_F(PromptRules, SnoozeTakesAGivenLength) {
    const PromptId id = open_first_prompt();
    EXPECT_FALSE(h.engine.snooze(minutes{30}, at(10, 1)));
    EXPECT_EQ(h.of<PromptSnoozed>(), (std::vector{PromptSnoozed{id, at(10, 1), at(10, 31), 1}}));
}

TEST_F(PromptRules, SnoozeIsRefusedPastMaxSnoozes) {
    open_first_prompt();
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(h.engine.status().snoozes_left, 3 - i);
        EXPECT_FALSE(h.engine.snooze(std::nullopt, h.engine.now()));
        h.engine.advance(h.engine.now() + minutes{10});
    }
    EXPECT_EQ(h.engine.status().state, State::prompting);
    EXPECT_EQ(h.engine.status().snoozes_left, 0);
    EXPECT_EQ(h.engine.snooze(std::nullopt, h.engine.now()), Refusal::snooze_limit_reached);
    EXPECT_EQ(h.engine.status().state, State::prompting);
}

TEST_F(PromptRules, SnoozeWithNoPromptOpenIsRefused) {
    EXPECT_EQ(h.engine.snooze(std::nullopt, at(9, 30)), Refusal::no_prompt_open);
    EXPECT_EQ(h.engine.skip(at(9, 30)), Refusal::no_prompt_open);
}

TEST_F(PromptRules, UnansweredPromptRenotifiesEveryRepeatEvery) {
    const PromptId id = open_first_prompt();
    h.engine.advance(at(10, 35));
    EXPECT_EQ(h.of<PromptRenotified>(),
              (std::vector{PromptRenotified{id, at(10, 10)}, PromptRenotified{id, at(10, 20)},
                           PromptRenotified{id, at(10, 30)}}));
}

TEST_F(PromptRules, GoingAwayWhilePromptIsOpenClosesItNatural) {
    const PromptId id = open_first_prompt();
    h.idle_after(at(10, 1));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{id, at(10, 6), Outcome::natural, {}}}));
    EXPECT_EQ(h.engine.status().state, State::away);
}

TEST_F(PromptRules, GoingAwayWhileSnoozedClosesItNatural) {
    const PromptId id = open_first_prompt();
    EXPECT_FALSE(h.engine.snooze(std::nullopt, at(10, 1)));
    h.engine.on_locked(at(10, 4));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{id, at(10, 4), Outcome::natural, {}}}));
}

TEST_F(PromptRules, PromptNowOpensAtOnceAndOnlyWhenItApplies) {
    EXPECT_FALSE(h.engine.prompt_now(at(9, 20)));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(9, 20), 0, false}}));
    EXPECT_EQ(h.engine.prompt_now(at(9, 21)), Refusal::prompt_already_open);
    h.idle_after(at(9, 22));
    EXPECT_EQ(h.engine.prompt_now(at(9, 40)), Refusal::not_sitting);
}

TEST_F(PromptRules, PauseHoldsPromptsAndResumeOpensTheDueOne) {
    EXPECT_FALSE(h.engine.pause(hours{2}, at(9, 50)));
    EXPECT_EQ(h.engine.status().state, State::paused);
    EXPECT_EQ(h.of<PauseChanged>(), (std::vector{PauseChanged{at(9, 50), at(11, 50)}}));
    h.engine.advance(at(10, 29));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
    EXPECT_EQ(h.engine.prompt_now(at(10, 29)), Refusal::paused);
    EXPECT_FALSE(h.engine.resume(at(10, 30)));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10, 30), 0, false}}));
    EXPECT_EQ(h.engine.resume(at(10, 31)), Refusal::not_paused);
}

TEST_F(PromptRules, PauseEndsByItselfAtItsEnd) {
    EXPECT_FALSE(h.engine.pause(minutes{30}, at(9, 50)));
    EXPECT_EQ(h.engine.next_deadline(), at(10, 20));
    h.engine.advance(at(10, 20));
    EXPECT_EQ(h.of<PauseChanged>().back(), (PauseChanged{at(10, 20), std::nullopt}));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10, 20), 0, false}}));
}

TEST_F(PromptRules, PauseForTheRestOfTheDayLastsUntilDayStartsAt) {
    EXPECT_FALSE(h.engine.pause(std::nullopt, at(9, 50)));
    EXPECT_EQ(h.engine.status().paused_until, at(4, 0, 0, 1));
}

TEST_F(PromptRules, PauseOverAnOpenPromptSkipsIt) {
    const PromptId id = open_first_prompt();
    EXPECT_FALSE(h.engine.pause(minutes{30}, at(10, 5)));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{id, at(10, 5), Outcome::skipped, {}}}));
    EXPECT_EQ(h.engine.status().state, State::paused);
}

TEST(PromptDayRules, OpenPromptBecomesIgnoredAtTheDayBoundary) {
    Harness h{default_rules(), nullptr, at(2)};
    h.type(at(2), at(2, 1));
    h.engine.advance(at(3, 59, 59));
    ASSERT_EQ(h.of<PromptOpened>().size(), 1u);
    EXPECT_TRUE(h.of<PromptClosed>().empty());
    h.engine.advance(at(4));
    EXPECT_EQ(h.of<PromptClosed>(), (std::vector{PromptClosed{1, at(4), Outcome::ignored, {}}}));
}

TEST(PromptDayRules, ShutdownIgnoresOpenPrompt) {
    Harness h;
    h.type(at(9), at(9, 1));
    h.engine.advance(at(10, 1));
    h.engine.shutdown(at(10, 2));
    EXPECT_EQ(h.of<PromptClosed>(),
              (std::vector{PromptClosed{1, at(10, 2), Outcome::ignored, {}}}));
}

TEST(PromptDayRules, PromptWaitsWhileLockedWhenLockIsNotBreak) {
    Rules rules = default_rules();
    rules.lock_is_break = false;
    Harness h{rules};
    h.type(at(9), at(9, 58));
    h.engine.on_locked(at(9, 58));
    h.engine.advance(at(10, 1));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
    h.engine.on_unlocked(at(10, 2));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10, 2), 0, false}}));
}

}  // namespace
}  // namespace sitbreak::test
