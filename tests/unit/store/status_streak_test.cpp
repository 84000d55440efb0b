// Day status and streaks on hand-built histories, checked against DESIGN §4:
// a desk day has >= 60 min sitting; it is kept with done >= goals.daily or when every
// prompt ended done or natural; neutral and rest days are stepped over; today counts
// once kept and a not-yet-kept today does not break the streak.
#include <string_view>

#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

using namespace std::chrono;
using core::DayStatus;

constexpr core::Duration cet{3600};

class StatusStreakTest : public StoreTest {
protected:
    // One spell of `sitting` from 09:00, and one prompt per answer: "bridges", "squeeze",
    // "skipped", "natural" or "ignored".
    void day(core::Date on, minutes sitting, std::initializer_list<std::string_view> answers) {
        const core::TimePoint start = core::TimePoint{on} + hours{9} - cet;
        if (sitting > minutes{0}) {
            store_.record(core::SpellStarted{start}, cet);
            store_.record(core::SpellEnded{start, start + sitting, core::EndReason::idle}, cet);
        }
        core::TimePoint at = start + minutes{1};
        for (std::string_view answer : answers) {
            const core::PromptId id = store_.next_prompt_id();
            store_.record(core::PromptOpened{id, at, 0, false}, cet);
            store_.record(close(id, at + minutes{1}, answer), cet);
            at += minutes{2};
        }
    }

    static core::PromptClosed close(core::PromptId id, core::TimePoint at,
                                    std::string_view answer) {
        if (answer == "bridges" || answer == "squeeze") {
            return {id, at, core::Outcome::done, std::string{answer}};
        }
        const core::Outcome outcome = answer == "skipped"   ? core::Outcome::skipped
                                      : answer == "natural" ? core::Outcome::natural
                                                            : core::Outcome::ignored;
        return {id, at, outcome, std::nullopt};
    }

    DayStatus status(core::Date on) { return store_.days(on, on, rules_)[0].status; }
    core::Streak streak(core::Date today) { return store_.streak(today, rules_); }

    Store store_ = open();
    core::Rules rules_;  // goal 5, day from 04:00, desk day from 60 min
    const core::Date monday = date(2025, 6, 2);
};

TEST_F(StatusStreakTest, KeptByReachingTheDailyGoalDespiteSkips) {
    day(monday, hours{6},
        {"bridges", "squeeze", "bridges", "skipped", "squeeze", "ignored", "bridges"});
    EXPECT_EQ(status(monday), DayStatus::kept);
}

TEST_F(StatusStreakTest, KeptWhenEveryPromptEndedDoneOrNatural) {
    day(monday, hours{3}, {"bridges", "natural", "squeeze"});
    EXPECT_EQ(status(monday), DayStatus::kept);
}

TEST_F(StatusStreakTest, ADeskDayWithoutPromptsIsKept) {
    day(monday, minutes{60}, {});
    EXPECT_EQ(status(monday), DayStatus::kept);
}

TEST_F(StatusStreakTest, MissedBelowTheGoalWithASkipOrAnIgnoredPrompt) {
    day(monday, hours{4}, {"bridges", "bridges", "squeeze", "natural", "skipped"});
    day(monday + days{1}, hours{4}, {"bridges", "ignored"});
    EXPECT_EQ(status(monday), DayStatus::missed);
    EXPECT_EQ(status(monday + days{1}), DayStatus::missed);
}

TEST_F(StatusStreakTest, UnderSixtyMinutesOfSittingIsNeutralWhateverTheAnswers) {
    day(monday, minutes{59}, {"skipped", "ignored"});
    const DayStats stats = store_.days(monday, monday, rules_)[0];
    EXPECT_EQ(stats.status, DayStatus::neutral);
    EXPECT_EQ(stats.tally.skipped, 1);
    EXPECT_EQ(stats.tally.ignored, 1);
}

TEST_F(StatusStreakTest, ARestDayIsRestEvenWhenItWouldBeMissed) {
    day(monday, hours{5}, {"skipped"});
    store_.record(core::RestDayMarked{monday}, cet);
    store_.record(core::RestDayMarked{monday}, cet);  // marking twice is harmless
    const DayStats stats = store_.days(monday, monday, rules_)[0];
    EXPECT_EQ(stats.status, DayStatus::rest);
    EXPECT_TRUE(stats.tally.rest_day);
}

TEST_F(StatusStreakTest, NoHistoryMeansNoStreak) {
    EXPECT_EQ(streak(monday), (core::Streak{0, 0}));
}

TEST_F(StatusStreakTest, TheStreakStepsOverNeutralAndRestDays) {
    day(monday, hours{3}, {"bridges"});               // kept
    day(monday + days{1}, minutes{30}, {"skipped"});  // neutral
    day(monday + days{2}, hours{3}, {"skipped"});     // would be missed, but is a rest day
    store_.record(core::RestDayMarked{monday + days{2}}, cet);
    // Thursday has no data at all: neutral.
    day(monday + days{4}, hours{2}, {"squeeze", "natural"});  // kept
    EXPECT_EQ(streak(monday + days{4}), (core::Streak{2, 2}));
}

TEST_F(StatusStreakTest, TodayCountsOnceKeptAndDoesNotBreakTheStreakBefore) {
    day(monday, hours{3}, {"bridges"});
    day(monday + days{1}, hours{3}, {"squeeze"});
    const core::Date today = monday + days{2};
    day(today, hours{2}, {"skipped"});  // missed so far
    EXPECT_EQ(status(today), DayStatus::missed);
    EXPECT_EQ(streak(today), (core::Streak{2, 2}));
    for (int i = 0; i < 5; ++i) day(today, minutes{0}, {"bridges"});  // reaches the goal
    EXPECT_EQ(status(today), DayStatus::kept);
    EXPECT_EQ(streak(today), (core::Streak{3, 3}));
}

TEST_F(StatusStreakTest, AMissedDayEndsTheRunAndBestRemembersTheLongest) {
    for (int i = 0; i < 4; ++i) day(monday + days{i}, hours{2}, {"bridges"});
    day(monday + days{4}, hours{2}, {"skipped"});
    day(monday + days{5}, hours{2}, {"bridges"});
    day(monday + days{6}, hours{2}, {"natural"});
    EXPECT_EQ(streak(monday + days{6}), (core::Streak{2, 4}));
    EXPECT_EQ(streak(monday + days{4}), (core::Streak{4, 4}));  // the missed day is today
    EXPECT_EQ(streak(monday + days{5}), (core::Streak{1, 4}));
    // Days after `today` are not counted.
    EXPECT_EQ(streak(monday + days{1}), (core::Streak{2, 2}));
    // A today with nothing recorded yet keeps the run.
    EXPECT_EQ(streak(monday + days{7}), (core::Streak{2, 4}));
}

// Issue 12, defect 8: `rest-day 0001-01-01` made every streak walk 739 000 days (43 MiB,
// 200-300 ms a confirmation). What is kept follows what was recorded, not how far back.
TEST_F(StatusStreakTest, ARecordFarInThePastCostsOneDayNotTheYearsBetween) {
    day(monday, hours{2}, {"bridges", "bridges", "bridges", "bridges", "bridges"});
    day(monday + days{1}, hours{2}, {"bridges", "bridges", "bridges", "bridges", "bridges"});
    store_.record(core::RestDayMarked{date(1, 1, 1)}, cet);
    day(date(1, 1, 2), hours{2}, {"skipped"});  // a missed day, from a hostile file say
    EXPECT_EQ(streak(monday + days{1}), (core::Streak{2, 2}));

    SQLite::Database db = peek(db_path());
    DayHistory history;
    EXPECT_EQ(history.streak(db, monday + days{1}, rules_), (core::Streak{2, 2}));
    EXPECT_LE(history.days_kept(), 4u);
}

}  // namespace
}  // namespace sitbreak::store::testing
