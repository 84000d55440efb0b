// Issue 5: the prompt lifecycle on a real desktop.
#include <algorithm>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

std::map<std::string, std::string> actions_of_shown(const Dunst& dunst) {
    const auto shown = dunst.shown();
    return shown.empty() ? std::map<std::string, std::string>{} : shown.back().actions;
}

TEST_F(DaemonTest, TypingPastTheLimitPromptsAndBridgesAreCounted) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    ASSERT_TRUE(wait_for_state("prompting"));
    ASSERT_TRUE(
        wait_until([&] { return !dunst_->shown().empty(); }, milliseconds{5000}, "a notification"));
    const auto actions = actions_of_shown(*dunst_);
    EXPECT_EQ(actions, (std::map<std::string, std::string>{{"bridges", "Did bridges"},
                                                           {"squeeze", "Did squeeze"},
                                                           {"snooze", "Snooze"},
                                                           {"skip", "Skip"}}));
    ASSERT_TRUE(dunst_->choose_action("Did bridges")) << dunst_->last_menu();
    ASSERT_TRUE(wait_for_state("sitting", milliseconds{5000}));
    const auto now = status();
    EXPECT_EQ(now["today_done"], 1);
    // The hour clock restarted: the next prompt is a whole limit away again.
    EXPECT_GE(now["next_prompt_seconds"].get<int>(), 4);
    EXPECT_TRUE(wait_until([&] { return dunst_->displayed_count() == 0; }, milliseconds{5000},
                           "the notification closes"));
}

TEST_F(DaemonTest, SnoozeFromTheNotificationAndTheCliUntilTheLimit) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("prompting"));
    ASSERT_TRUE(
        wait_until([&] { return !dunst_->shown().empty(); }, milliseconds{5000}, "a notification"));
    ASSERT_TRUE(dunst_->choose_action("snooze")) << dunst_->last_menu();
    ASSERT_TRUE(wait_for_state("sitting", milliseconds{5000}));
    ASSERT_TRUE(wait_for_state("prompting", milliseconds{10000}));  // back after 3 s
    EXPECT_EQ(status()["snoozes_left"], 1);
    const RunResult snoozed = cli({"snooze"});
    EXPECT_EQ(snoozed.exit_code, 0) << snoozed.err;
    ASSERT_TRUE(wait_for_state("prompting", milliseconds{10000}));
    EXPECT_EQ(status()["snoozes_left"], 0);
    ASSERT_TRUE(wait_until(
        [&] {
            return !actions_of_shown(*dunst_).empty() &&
                   !actions_of_shown(*dunst_).contains("snooze");
        },
        milliseconds{5000}, "a notification without Snooze"));
    const RunResult refused = cli({"snooze"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("snoozed as often as"), std::string::npos) << refused.err;
    EXPECT_EQ(status()["state"], "prompting");
}

TEST_F(DaemonTest, SkipPauseResumeAndPromptNow) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    ASSERT_TRUE(wait_for_state("prompting", milliseconds{3000}));
    EXPECT_EQ(cli({"prompt-now"}).exit_code, 1);  // already open
    ASSERT_EQ(cli({"skip"}).exit_code, 0);
    EXPECT_EQ(status()["state"], "sitting");
    EXPECT_EQ(cli({"skip"}).exit_code, 1);  // nothing to skip

    ASSERT_EQ(cli({"pause", "1h"}).exit_code, 0);
    auto now = status();
    EXPECT_EQ(now["state"], "paused");
    EXPECT_TRUE(now["next_prompt_seconds"].is_null());
    const RunResult refused = cli({"prompt-now"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("paused"), std::string::npos) << refused.err;
    ASSERT_EQ(cli({"resume"}).exit_code, 0);
    EXPECT_NE(status()["state"], "paused");
    EXPECT_EQ(cli({"resume"}).exit_code, 1);  // not paused
}

TEST_F(DaemonTest, CliSnoozeRoundsUpToWholeMinutesAndStatsListTheDays) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    const RunResult snoozed = cli({"snooze", "90s"});
    ASSERT_EQ(snoozed.exit_code, 0) << snoozed.err;
    EXPECT_EQ(snoozed.out, "Snoozed for 2 minutes (snoozes are whole minutes).\n");
    const int next = status()["next_prompt_seconds"];
    EXPECT_GT(next, 100);
    EXPECT_LE(next, 120);

    ASSERT_EQ(cli({"done", "squeeze"}).exit_code, 0);
    const RunResult csv = cli({"stats", "--days", "3", "--csv"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    const auto lines = std::count(csv.out.begin(), csv.out.end(), '\n');
    EXPECT_EQ(lines, 4) << csv.out;  // a header and three days, today last
    const std::string today = status()["today"];
    EXPECT_NE(csv.out.rfind(today), std::string::npos) << csv.out;
    const RunResult exported = cli({"export", "--json"});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    EXPECT_NE(exported.out.find("squeeze"), std::string::npos) << exported.out;

    // GetDays is written by hand (not by the generated adaptor): its dictionaries on the
    // wire, as any D-Bus client sees them, hold the same day as GetDayTable's row.
    const auto call = [&](const char* method) { return call_daemon({method, "ss", today, today}); };
    const RunResult days = call("GetDays");
    ASSERT_EQ(days.exit_code, 0) << days.err;
    EXPECT_EQ(days.out.rfind("aa{sv} 1 15 \"date\" s \"" + today + "\"", 0), 0u) << days.out;
    EXPECT_NE(days.out.find("\"done\" u 1 \"done_bridges\" u 0 \"done_squeeze\" u 1"),
              std::string::npos)
        << days.out;
    const RunResult table = call("GetDayTable");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_EQ(table.out.rfind("a(ssttuuuuuuuuua{su}u) 1 \"" + today + "\"", 0), 0u) << table.out;
    // Every exercise done that day, by id: the squeeze above.
    EXPECT_NE(table.out.find("1 \"squeeze\" 1"), std::string::npos) << table.out;
}

TEST_F(DaemonTest, GoingIdleEndsTheSpellAndClosesThePromptAsNatural) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("prompting"));
    stop_typing();
    ASSERT_TRUE(wait_for_state("away", milliseconds{10000}));
    EXPECT_TRUE(wait_until([&] { return dunst_->displayed_count() == 0; }, milliseconds{5000},
                           "the notification closes"));
    const RunResult stats = cli({"stats", "--days", "1", "--json"});
    ASSERT_EQ(stats.exit_code, 0) << stats.err;
    const auto days = nlohmann::json::parse(stats.out);
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0]["natural"], 1);
    EXPECT_EQ(days[0]["spells"], 1);
}

TEST_F(DaemonTest, StartingWhenTheServerIsAlreadyIdleMeansAway) {
    nudge();
    // X itself says how long it has been idle: wait until that passes break_after (3 s).
    ASSERT_TRUE(wait_until(
        [&] {
            const RunResult idle = run({"xprintidle"}, x_->env());
            return idle.exit_code == 0 && std::stol(idle.out) >= 3500;
        },
        milliseconds{10000}, "X idle for 3.5 s"));
    start_and_wait();
    EXPECT_EQ(status()["state"], "away");
    start_typing();
    EXPECT_TRUE(wait_for_state("sitting", milliseconds{8000}));
}

// With break_after at a minute, waiting for the confirm deadline would leave the user
// "away" for over a minute after sitting down; the daemon looks at the idle time as soon as
// min_activity (1 s) has passed.
TEST_F(DaemonTest, SittingDownShowsAsSittingWithinSecondsNotAfterBreakAfter) {
    write_config(R"([sitting]
limit = "10m"
break_after = "60s"

[idle]
min_activity = "1s"
)");
    start_and_wait();
    ASSERT_EQ(status()["state"], "away");
    start_typing();
    EXPECT_TRUE(wait_for_state("sitting", milliseconds{25000}));
}

TEST_F(DaemonTest, StartingWhileTheUserTypesMeansSitting) {
    start_typing();
    start_and_wait();
    EXPECT_TRUE(wait_for_state("sitting", milliseconds{8000}));
}

}  // namespace
}  // namespace sitbreak::test
