// DESIGN §3: when a sitting spell starts and ends.
#include <gtest/gtest.h>

#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

TEST(SpellRules, NaturalBreakEndsSpellAtLastInput) {
    Harness h;
    h.type(at(9), at(9, 20));
    h.idle_after(at(9, 20));
    const auto ended = h.of<SpellEnded>();
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended[0], (SpellEnded{at(9), at(9, 20), EndReason::idle}));
    EXPECT_EQ(h.engine.status().state, State::away);
}

TEST(SpellRules, IdleTimeIsNotSittingTime) {
    Harness h;
    h.type(at(9), at(9, 20));
    h.idle_after(at(9, 20));
    h.type(at(9, 40), at(10));
    h.idle_after(at(10));
    const auto ended = h.of<SpellEnded>();
    ASSERT_EQ(ended.size(), 2u);
    EXPECT_EQ(ended[1].started, at(9, 40));
    EXPECT_EQ((ended[0].ended - ended[0].started) + (ended[1].ended - ended[1].started),
              minutes{40});
}

TEST(SpellRules, ShortInputAfterIdleDoesNotStartSpell) {
    Harness h;
    h.engine.on_active(at(9));
    h.engine.on_input(at(9, 0, 1), at(9, 0, 2));  // the mouse was bumped for a second
    h.idle_after(at(9, 0, 1));
    EXPECT_TRUE(h.of<SpellStarted>().empty());
    EXPECT_TRUE(h.of<SpellEnded>().empty());
    EXPECT_TRUE(h.of<StateChanged>().empty());
}

TEST(SpellRules, InputLastingMinActivityStartsSpellAtFirstInput) {
    Harness h;
    h.engine.on_active(at(9));
    h.engine.on_input(at(9, 0, 2), at(9, 0, 2));
    EXPECT_EQ(h.of<SpellStarted>(), (std::vector{SpellStarted{at(9)}}));
    EXPECT_EQ(h.engine.status().state, State::sitting);
    EXPECT_EQ(h.engine.status().sitting_since, at(9));
}

TEST(SpellRules, UnreportedInputIsConfirmedWhenNoIdleCameInTime) {
    Harness h;
    h.engine.on_active(at(9));
    EXPECT_EQ(h.engine.next_deadline(), at(9, 5, 2));  // min_activity + break_after
    h.engine.advance(at(9, 5, 2));
    EXPECT_EQ(h.of<SpellStarted>(), (std::vector{SpellStarted{at(9)}}));
}

TEST(SpellRules, ANewSpellSaysWhenInputCanConfirmIt) {
    Harness h;
    EXPECT_EQ(h.engine.spell_confirmable_at(), std::nullopt);
    h.engine.on_active(at(9));
    EXPECT_EQ(h.engine.spell_confirmable_at(), at(9, 0, 2));  // start + min_activity
    h.engine.on_input(at(9, 0, 2), at(9, 0, 3));
    EXPECT_EQ(h.engine.status().state, State::sitting);
    EXPECT_EQ(h.engine.spell_confirmable_at(), std::nullopt);
}

TEST(SpellRules, LockEndsSpellAtOnceWhenLockIsBreak) {
    Harness h;
    h.type(at(9), at(9, 30));
    h.engine.on_locked(at(9, 30));
    EXPECT_EQ(h.of<SpellEnded>(), (std::vector{SpellEnded{at(9), at(9, 30), EndReason::lock}}));
}

TEST(SpellRules, ShortLockIsNotBreakWhenLockIsNotBreak) {
    Rules rules;
    rules.lock_is_break = false;
    Harness h{rules};
    h.type(at(9), at(9, 30));
    h.engine.on_locked(at(9, 30));
    h.engine.on_unlocked(at(9, 34));
    h.engine.on_input(at(9, 35), at(9, 35));
    h.engine.advance(at(9, 50));
    EXPECT_TRUE(h.of<SpellEnded>().empty());
    EXPECT_EQ(h.engine.status().sitting_since, at(9));
}

TEST(SpellRules, LockOfBreakAfterEndsSpellWhenLockIsNotBreak) {
    Rules rules;
    rules.lock_is_break = false;
    Harness h{rules};
    h.type(at(9), at(9, 30));
    h.engine.on_locked(at(9, 30));
    h.engine.advance(at(9, 34, 59));
    EXPECT_TRUE(h.of<SpellEnded>().empty());
    h.engine.advance(at(9, 35));
    EXPECT_EQ(h.of<SpellEnded>(), (std::vector{SpellEnded{at(9), at(9, 30), EndReason::lock}}));
}

TEST(SpellRules, SleepGapIsAwayTime) {
    Harness h;
    h.type(at(9), at(9, 30));
    h.engine.on_slept(at(9, 30), at(10, 30));
    h.type(at(10, 30), at(10, 45));
    const auto started = h.of<SpellStarted>();
    const auto ended = h.of<SpellEnded>();
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended[0], (SpellEnded{at(9), at(9, 30), EndReason::sleep}));
    ASSERT_EQ(started.size(), 2u);
    EXPECT_EQ(started[1].at, at(10, 30));
}

TEST(SpellRules, SleepShorterThanBreakAfterIsNotBreak) {
    Harness h;
    h.type(at(9), at(9, 30));
    h.engine.on_slept(at(9, 30), at(9, 32));
    EXPECT_TRUE(h.of<SpellEnded>().empty());
    EXPECT_EQ(h.engine.status().state, State::sitting);
}

TEST(SpellRules, ShutdownEndsSpellAtLastKnownInput) {
    Harness h;
    h.type(at(9), at(9, 40));
    h.engine.shutdown(at(9, 41));
    EXPECT_EQ(h.of<SpellEnded>(), (std::vector{SpellEnded{at(9), at(9, 40), EndReason::shutdown}}));
}

TEST(SpellRules, LateInputReportDoesNotReachIntoEndedSpell) {
    Harness h;
    h.type(at(9), at(9, 30));
    h.engine.on_locked(at(9, 30));
    h.engine.on_unlocked(at(9, 31));
    h.engine.on_input(at(9, 29), at(9, 31));
    h.engine.on_input(at(9, 31), at(9, 31));
    const auto started = h.of<SpellStarted>();
    ASSERT_EQ(started.size(), 2u);
    EXPECT_GE(started[1].at, at(9, 30));
}

}  // namespace
}  // namespace sitbreak::test
