// Issue 12, defects 5 and 7 in the engine: a wall-clock step re-stamps what is open
// instead of counting the jump as sitting, and a lost sensor makes the user away.
#include <gtest/gtest.h>

#include "common/date_text.hpp"
#include "core/day.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

// The fault campaign: 166 s of typing around a step of 8 h forward became a stored spell
// of 25 366 s, and a prompt was closed as ignored at a 04:00 the jump skipped.
TEST(ClockStep, AForwardStepWhileTypingKeepsTheSpellItsMeasuredLength) {
    Harness h;
    h.type(at(9), at(9, 2, 46));  // 166 s
    h.engine.clock_stepped(hours{8});
    h.type(at(17, 2, 46), at(17, 3, 0));  // input goes on, stamped on the new clock
    h.idle_after(at(17, 3, 0));
    const auto ended = h.of<SpellEnded>();
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended[0].started, at(17));
    EXPECT_EQ(ended[0].ended - ended[0].started, seconds{180});
    const auto stepped = h.of<ClockStepped>();
    ASSERT_EQ(stepped.size(), 1u);
    EXPECT_EQ(stepped[0], (ClockStepped{at(17, 2, 46), hours{8}}));
    EXPECT_EQ(h.of<SpellStarted>().size(), 1u);
}

TEST(ClockStep, ABackwardStepLeavesTheNextPromptWhereItWas) {
    Harness h;
    h.type(at(9), at(9, 30));
    ASSERT_EQ(h.engine.status().next_prompt_at, at(10));
    h.engine.clock_stepped(-hours{1});
    EXPECT_EQ(h.engine.status().next_prompt_at, at(9)) << "30 min after 08:30, as before";
    EXPECT_EQ(h.engine.status().sitting_since, at(8));
    h.engine.on_input(at(8, 59), at(9));
    EXPECT_EQ(h.engine.status().state, State::prompting);
}

TEST(ClockStep, AJumpPastTheDayBoundaryDoesNotEndAnOpenPrompt) {
    Harness h{default_rules(), nullptr, at(2)};
    h.type(at(2), at(3, 1));  // the prompt opened at 03:00
    ASSERT_EQ(h.engine.status().state, State::prompting);
    h.engine.clock_stepped(hours{8});  // 03:01 -> 11:01, past 04:00
    h.engine.advance(at(11, 2));
    EXPECT_TRUE(h.of<PromptClosed>().empty()) << "closed as ignored at a skipped 04:00";
    EXPECT_EQ(h.engine.status().state, State::prompting);
}

TEST(ClockStep, APauseKeepsWhatIsLeftOfIt) {
    Harness h;
    h.type(at(9), at(9, 5));
    ASSERT_FALSE(h.engine.pause(minutes{30}, at(9, 5)));
    h.engine.clock_stepped(-hours{2});
    EXPECT_EQ(h.engine.status().paused_until, at(7, 35));
    h.engine.advance(at(7, 35));
    EXPECT_EQ(h.engine.status().state, State::sitting);
}

TEST(SensorLost, TheUserIsAwayFromTheLastInputAndNoPromptFollows) {
    Harness h;
    h.type(at(9), at(9, 40));
    h.engine.on_sensor_lost(at(9, 45));
    const auto ended = h.of<SpellEnded>();
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended[0].ended, at(9, 40));
    EXPECT_EQ(h.engine.status().state, State::away);
    h.engine.advance(at(12));
    EXPECT_TRUE(h.of<PromptOpened>().empty());
}

TEST(RestDayRange, FromAYearBeforeTheFirstRecordToAYearFromToday) {
    const Date today = *common::parse_date("2026-12-04");
    const Date first = *common::parse_date("2025-03-01");
    EXPECT_FALSE(rest_day_refusal(today, today, first));
    EXPECT_FALSE(rest_day_refusal(*common::parse_date("2024-03-01"), today, first));
    EXPECT_FALSE(rest_day_refusal(*common::parse_date("2027-12-04"), today, first));
    EXPECT_EQ(rest_day_refusal(*common::parse_date("0001-01-01"), today, first),
              "A rest day must be between 2024-03-01 (a year before your first recorded day) "
              "and 2027-12-04 (a year from today); 0001-01-01 is not.");
    EXPECT_TRUE(rest_day_refusal(*common::parse_date("2027-12-05"), today, first));
    EXPECT_EQ(rest_day_refusal(*common::parse_date("2025-12-03"), today, std::nullopt),
              "A rest day must be between 2025-12-04 (a year before today) and 2027-12-04 "
              "(a year from today); 2025-12-03 is not.");
}

}  // namespace
}  // namespace sitbreak::test
