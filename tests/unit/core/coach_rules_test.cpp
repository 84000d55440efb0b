// DESIGN §14.3: when a session is suggested, when an item's next step is offered; and 500
// seeded random weeks through the week and suggestion rules.
#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <map>
#include <random>
#include <set>

#include "core/coach.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {
namespace {

const Programme kProgramme{};  // suggest after 16:00, progress after 4 sessions

// Back from a natural break at 16:30 on a working day of a week that needs a session.
BreakEnd a_break_at_half_past_four() {
    BreakEnd moment;
    moment.today = kMonday + days{2};
    moment.local_time = hours{16} + minutes{30};
    moment.in_working_hours = true;
    moment.sessions_this_week = 1;
    moment.week_goal = 3;
    return moment;
}

TEST(CoachRules, TheFirstNaturalBreakAfterSuggestAfterBringsASuggestion) {
    EXPECT_TRUE(suggests_session(a_break_at_half_past_four(), kProgramme));
    BreakEnd earlier = a_break_at_half_past_four();
    earlier.local_time = hours{15} + minutes{59};
    EXPECT_FALSE(suggests_session(earlier, kProgramme));
    earlier.local_time = hours{16};
    EXPECT_TRUE(suggests_session(earlier, kProgramme)) << "at 16:00 itself";
}

TEST(CoachRules, AtMostOnceADaySoADeclinedOneIsNotRepeated) {
    BreakEnd moment = a_break_at_half_past_four();
    moment.last_suggested = moment.today;
    EXPECT_FALSE(suggests_session(moment, kProgramme));
    moment.last_suggested = moment.today - days{1};
    EXPECT_TRUE(suggests_session(moment, kProgramme)) << "yesterday's does not count";
}

TEST(CoachRules, NeverWhilePausedQuietOrOutsideWorkingHours) {
    for (auto spoil : {+[](BreakEnd& m) { m.paused = true; }, +[](BreakEnd& m) { m.quiet = true; },
                       +[](BreakEnd& m) { m.in_working_hours = false; }}) {
        BreakEnd moment = a_break_at_half_past_four();
        spoil(moment);
        EXPECT_FALSE(suggests_session(moment, kProgramme));
    }
}

TEST(CoachRules, NotWhenTheWeekIsKeptOrASessionWasDoneToday) {
    BreakEnd kept = a_break_at_half_past_four();
    kept.sessions_this_week = 3;
    EXPECT_FALSE(suggests_session(kept, kProgramme));
    BreakEnd done_today = a_break_at_half_past_four();
    done_today.sessions_today = 1;
    EXPECT_FALSE(suggests_session(done_today, kProgramme));
}

TEST(CoachRules, TheFullDoseInProgressAfterSessionsInARowOffersTheNextStep) {
    const std::array three{true, true, true};
    EXPECT_FALSE(offers_next_step(three, kProgramme));
    const std::array four{false, true, true, true, true};
    EXPECT_TRUE(offers_next_step(four, kProgramme));
    const std::array broken{true, true, false, true, true};
    EXPECT_FALSE(offers_next_step(broken, kProgramme)) << "a session short of it starts over";
}

TEST(CoachRules, AStepIsAFifthMoreAndAStepBackAFifthLess) {
    EXPECT_EQ(dose_at_step(10, 0), 10);
    EXPECT_EQ(dose_at_step(10, 1), 12);
    EXPECT_EQ(dose_at_step(10, 2), 14);
    EXPECT_EQ(dose_at_step(10, -1), 8);
    EXPECT_EQ(dose_at_step(3, 1), 4) << "at least one more";
    EXPECT_EQ(dose_at_step(2, -5), 1) << "never under one";
}

// ---- 500 random weeks -----------------------------------------------------------------

constexpr int kWeeks = 500;

unsigned seed_of_run() {
    if (const char* seed = std::getenv("SITBREAK_SEED"))
        return static_cast<unsigned>(std::stoul(seed));
    return std::random_device{}();
}

TEST(CoachRules, FiveHundredRandomWeeksKeepTheWeekAndSuggestionInvariants) {
    const unsigned seed = seed_of_run();
    SCOPED_TRACE("SITBREAK_SEED=" + std::to_string(seed));
    std::mt19937 random{seed};
    auto chance = [&](double p) { return std::bernoulli_distribution{p}(random); };
    Programme programme;
    programme.week_starts = weekday{std::uniform_int_distribution<unsigned>{0, 6}(random)};
    programme.sessions_per_week = std::uniform_int_distribution<int>{1, 5}(random);

    std::vector<ProgrammeDay> history;
    std::optional<Date> last_suggested;
    std::map<Date, int> suggested_on;
    const Date first = kMonday;
    for (Date today = first; today < first + days{7 * kWeeks}; today += days{1}) {
        ProgrammeDay day{today, 0, chance(0.7), chance(0.1)};
        const WeekTally week =
            tally_week(history, week_start(today, programme.week_starts), today, programme);
        for (int hour = 9; hour < 20; ++hour) {  // a break an hour, and sometimes a session
            BreakEnd moment{today,       hours{hour},  day.desk_day && hour < 18,
                            chance(0.2), chance(0.2),  week.sessions + day.sessions,
                            week.goal,   day.sessions, last_suggested};
            if (suggests_session(moment, programme)) {
                EXPECT_FALSE(moment.paused || moment.quiet) << "a suggestion while suppressed";
                EXPECT_EQ(++suggested_on[today], 1) << "a second suggestion the same day";
                last_suggested = today;
                if (chance(0.5)) ++day.sessions;
            } else if (chance(0.02)) {
                ++day.sessions;  // started from the tray or the terminal
            }
        }
        history.push_back(day);
    }
    int kept_weeks = 0;
    const Date today = first + days{7 * kWeeks - 1};
    for (Date start = week_start(first, programme.week_starts); start <= today; start += days{7}) {
        kept_weeks += tally_week(history, start, today, programme).kept() ? 1 : 0;
    }
    const Streak streak = weekly_streak(history, today, programme);
    EXPECT_LE(streak.current, streak.best);
    EXPECT_LE(streak.best, kept_weeks);
    EXPECT_GT(kept_weeks, 0) << "the run should keep some weeks";
}

}  // namespace
}  // namespace sitbreak::test
