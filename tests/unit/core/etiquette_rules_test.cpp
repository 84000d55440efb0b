// Issue 16: a prompt due while the user types waits for a pause (prompt.wait_for_pause),
// at most prompt.max_wait; opt-in escalation brings prompts earlier after misses in a row.
#include <gtest/gtest.h>

#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

Rules waiting_rules() {
    Rules rules;  // wait_for_pause 3 s, max_wait 60 s
    return rules;
}

// Sitting since 09:00 and typing on; the first prompt is due at 10:00.
struct PauseRules : ::testing::Test {
    Harness h{waiting_rules()};
    void SetUp() override { h.type(at(9), at(9, 59, 50)); }
    [[nodiscard]] std::vector<PromptOpened> opened() { return h.of<PromptOpened>(); }
};

TEST_F(PauseRules, ADuePromptWaitsAndOpensAtTheFirstPause) {
    h.engine.advance(at(10));
    EXPECT_TRUE(opened().empty());
    const Status waiting = h.engine.status();
    EXPECT_EQ(waiting.waiting, (PromptWait{at(10), Hold::typing}));
    EXPECT_EQ(waiting.state, State::sitting);
    h.engine.on_pause(at(10, 0, 17));
    EXPECT_EQ(opened(), (std::vector{PromptOpened{1, at(10, 0, 17), 0, false}}));
    EXPECT_EQ(h.engine.status().waiting, std::nullopt);
}

TEST_F(PauseRules, WithNoPauseItOpensExactlyAtMaxWait) {
    h.engine.advance(at(10));
    EXPECT_EQ(h.engine.next_deadline(), at(10, 1));
    h.engine.advance(at(10, 0, 59));
    EXPECT_TRUE(opened().empty());
    h.engine.advance(at(10, 1, 30));
    EXPECT_EQ(opened(), (std::vector{PromptOpened{1, at(10, 1), 0, false}}));
}

TEST_F(PauseRules, NoWaitOpensAtOnce) {
    Rules rules = waiting_rules();
    rules.wait_for_pause = Duration{0};
    h.engine.set_rules(rules, at(9, 59, 55));
    h.engine.advance(at(10));
    EXPECT_EQ(opened(), (std::vector{PromptOpened{1, at(10), 0, false}}));
}

TEST_F(PauseRules, TurningTheWaitOffWhileAPromptWaitsOpensIt) {
    h.engine.advance(at(10));
    Rules rules = waiting_rules();
    rules.wait_for_pause = Duration{0};
    h.engine.set_rules(rules, at(10, 0, 20));
    EXPECT_EQ(opened(), (std::vector{PromptOpened{1, at(10, 0, 20), 0, false}}));
}

TEST_F(PauseRules, APauseBeforeThePromptIsDueOpensNothing) {
    h.engine.on_pause(at(9, 59, 55));
    h.engine.advance(at(10));
    EXPECT_TRUE(opened().empty()) << "the wait starts when the prompt is due";
}

TEST_F(PauseRules, ASnoozeEndAndARenotifyWaitToo) {
    h.engine.advance(at(10));
    h.engine.on_pause(at(10, 0, 5));
    ASSERT_EQ(opened().size(), 1u);
    ASSERT_EQ(h.engine.snooze(minutes{5}, at(10, 1)), std::nullopt);
    h.engine.advance(at(10, 6, 30));
    EXPECT_EQ(opened().size(), 1u) << "the snooze ended while typing";
    EXPECT_EQ(h.engine.status().waiting, (PromptWait{at(10, 6), Hold::typing}));
    h.engine.on_pause(at(10, 6, 40));
    EXPECT_EQ(opened().back(), (PromptOpened{1, at(10, 6, 40), 1, false}));
    h.engine.advance(at(10, 16, 50));  // repeat_every 10 m: due at 10:16:40
    EXPECT_TRUE(h.of<PromptRenotified>().empty());
    h.engine.on_pause(at(10, 16, 55));
    EXPECT_EQ(h.of<PromptRenotified>(), (std::vector{PromptRenotified{1, at(10, 16, 55)}}));
}

TEST_F(PauseRules, GoingAwayEndsTheWaitAndTheNextSpellWaitsAfresh) {
    Rules rules = waiting_rules();
    rules.max_wait = minutes{10};  // longer than break_after: the idle report comes first
    h.engine.set_rules(rules, at(9, 59, 55));
    h.engine.advance(at(10));
    h.engine.on_idle(at(10, 0, 10), at(10, 5, 10));
    EXPECT_EQ(h.engine.status().waiting, std::nullopt);
    EXPECT_TRUE(opened().empty());
    h.type(at(10, 10), at(11, 10));
    EXPECT_TRUE(opened().empty()) << "due at 11:10, waiting for a pause";
    h.engine.on_pause(at(11, 10, 30));
    EXPECT_EQ(opened(), (std::vector{PromptOpened{1, at(11, 10, 30), 0, false}}));
}

TEST_F(PauseRules, APromptHeldBackSaysByWhatAndSinceWhen) {
    h.engine.set_quiet(Quiet::dnd, true, at(9, 59));
    h.engine.advance(at(10, 3));
    EXPECT_EQ(h.of<PromptHeld>(), (std::vector{PromptHeld{at(10)}})) << "woken to say so";
    EXPECT_EQ(h.engine.status().waiting, (PromptWait{at(10), Hold::dnd}));
    h.engine.set_quiet(Quiet::dnd, false, at(10, 4));
    EXPECT_EQ(h.engine.status().waiting, (PromptWait{at(10, 4), Hold::typing}));
}

// schedule.quiet_when = "call": a microphone recording or a camera open holds prompts back.
struct CallRules : ::testing::Test {
    Harness h;  // no wait for a pause in typing
    void SetUp() override { h.type(at(9), at(9, 59, 50)); }
};

TEST_F(CallRules, ACallHoldsTheDuePromptAndItsEndReleasesIt) {
    h.engine.set_quiet(Quiet::call, true, at(9, 59, 55));
    h.engine.on_input(at(10, 5), at(10, 5));  // still sitting, in the call
    EXPECT_TRUE(h.of<PromptOpened>().empty());
    EXPECT_EQ(h.engine.status().waiting, (PromptWait{at(10), Hold::call}));
    EXPECT_TRUE(h.engine.status().quiet);
    h.engine.set_quiet(Quiet::call, false, at(10, 6));
    EXPECT_EQ(h.of<PromptOpened>(), (std::vector{PromptOpened{1, at(10, 6), 0, false}}));
}

TEST_F(CallRules, GoingAwayDuringTheCallClosesASnoozedPromptAsNatural) {
    h.engine.advance(at(10));
    ASSERT_EQ(h.engine.snooze(minutes{5}, at(10, 1)), std::nullopt);
    h.engine.set_quiet(Quiet::call, true, at(10, 2));
    h.engine.on_input(at(10, 9), at(10, 9));
    EXPECT_EQ(h.of<PromptOpened>().size(), 1u) << "not back while the call goes on";
    h.engine.on_idle(at(10, 9), at(10, 14));
    const auto closed = h.of<PromptClosed>();
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(closed[0].outcome, Outcome::natural);
    EXPECT_EQ(h.engine.status().waiting, std::nullopt);
}

// The microphone is asked about only around a showing: from next_showing's time, less a
// lead, until the prompt shows; again before a snooze ends or a re-notification.
TEST_F(CallRules, TheNextShowingIsTheDueTimeOfAPromptOrOfItsNextShowing) {
    EXPECT_EQ(h.engine.next_showing(), at(10));
    h.engine.set_quiet(Quiet::call, true, at(9, 59, 55));
    h.engine.on_input(at(10, 5), at(10, 5));
    EXPECT_EQ(h.engine.next_showing(), at(10, 5)) << "held back: it may show any moment";
    h.engine.set_quiet(Quiet::call, false, at(10, 6));
    ASSERT_TRUE(h.engine.status().prompt);
    EXPECT_EQ(h.engine.next_showing(), at(10, 6) + h.engine.rules().repeat_every);
    ASSERT_EQ(h.engine.snooze(minutes{5}, at(10, 7)), std::nullopt);
    EXPECT_EQ(h.engine.next_showing(), at(10, 12));
    ASSERT_EQ(h.engine.pause(hours{1}, at(10, 8)), std::nullopt);
    EXPECT_EQ(h.engine.next_showing(), std::nullopt) << "paused: nothing shows";
}

// prompt.escalate with the defaults: three misses in a row, ten minutes a step.
struct EscalationRules : ::testing::Test {
    static Rules escalating() {
        Rules rules = default_rules();
        rules.escalate = true;
        return rules;
    }
    Harness h{escalating()};
    TimePoint t = at(9);
    void SetUp() override { h.type(t, t + minutes{1}); }
    // Sits until the next prompt and answers it; returns how long the hour clock ran.
    Duration prompt_and(bool done) {
        const TimePoint due = *h.engine.status().next_prompt_at;
        const TimePoint hour_started = *h.engine.status().hour_started;
        h.engine.on_input(due, due);
        t = due + seconds{30};
        h.engine.advance(t);
        EXPECT_TRUE(h.engine.status().prompt);
        if (done) {
            EXPECT_EQ(h.engine.confirm("bridges", t), std::nullopt);
        } else {
            EXPECT_EQ(h.engine.skip(t), std::nullopt);
        }
        return due - hour_started;
    }
};

TEST_F(EscalationRules, MissesInARowBringPromptsEarlierDownToHalfTheLimit) {
    EXPECT_EQ(prompt_and(false), minutes{60});
    EXPECT_EQ(prompt_and(false), minutes{60});
    EXPECT_EQ(prompt_and(false), minutes{60});
    EXPECT_EQ(h.engine.status().escalation, 1);
    EXPECT_EQ(prompt_and(false), minutes{50});
    EXPECT_EQ(prompt_and(false), minutes{40});
    EXPECT_EQ(prompt_and(false), minutes{30});
    EXPECT_EQ(prompt_and(false), minutes{30}) << "never earlier than half of sitting.limit";
    EXPECT_EQ(h.engine.status().escalation, 3);
    EXPECT_EQ(h.engine.status().limit, minutes{30});
}

TEST_F(EscalationRules, EachDoneOrNaturalBreakEasesBackAStep) {
    for (int i = 0; i < 4; ++i) (void)prompt_and(false);
    ASSERT_EQ(h.engine.status().escalation, 2);
    EXPECT_EQ(prompt_and(true), minutes{40});
    EXPECT_EQ(h.engine.status().escalation, 1);
    // Standing up while the prompt shows: natural.
    const TimePoint due = *h.engine.status().next_prompt_at;
    h.engine.on_input(due, due);
    h.engine.advance(due);
    h.engine.on_idle(due, due + minutes{5});
    EXPECT_EQ(h.engine.status().escalation, 0);
    h.engine.on_active(due + minutes{20});
    EXPECT_EQ(h.engine.status().limit, minutes{60});
}

TEST_F(EscalationRules, OffByDefault) {
    Harness plain;
    EXPECT_FALSE(Rules{}.escalate);
    plain.type(at(9), at(9, 1));
    for (int i = 0; i < 5; ++i) {
        const TimePoint due = *plain.engine.status().next_prompt_at;
        EXPECT_EQ(due - *plain.engine.status().hour_started, minutes{60});
        plain.engine.on_input(due, due);
        plain.engine.advance(due);
        ASSERT_EQ(plain.engine.skip(due + seconds{1}), std::nullopt);
    }
    EXPECT_EQ(plain.engine.status().escalation, 0);
}

}  // namespace
}  // namespace sitbreak::test
