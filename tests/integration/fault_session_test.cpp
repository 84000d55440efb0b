// Issue 12, defects 7, 8 and 10 on the real daemon: the X server going away and coming
// back, rest days no one can mean, and hostile strings on the bus.
#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

// The fault campaign: with the X server gone, status kept idle_problem empty, the user
// stayed "sitting" and prompts kept opening; with the server back, nothing recovered.
TEST_F(DaemonTest, LosingTheXServerIsReportedTheUserIsAwayAndItReconnects) {
    dunst_.reset();  // it lives on the other server
    x_ = XServer::on_a_display_of_its_own();
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    stop_typing();
    x_->kill_server();
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) {
            return now["idle_problem"].is_string() &&
                   now["idle_problem"].get<std::string>().find(
                       "lost the connection to the X server") != std::string::npos;
        },
        "the loss in status"));
    const auto lost = status();
    EXPECT_EQ(lost["state"], "away");
    EXPECT_TRUE(lost["next_prompt_seconds"].is_null()) << "no prompt from a dead sensor";
    EXPECT_EQ(lost["idle_backend"], "none");
    // Tries that find no server must not stop the next ones.
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) {
            return now["idle_problem"].is_string() &&
                   now["idle_problem"].get<std::string>().find("trying again in 4s") !=
                       std::string::npos;
        },
        "two tries without a server", milliseconds{20000}));

    x_->restart_server();
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) {
            return now["idle_problem"].is_null() && now["idle_backend"] == "x11-xsync";
        },
        "the daemon back on the X server", milliseconds{40000}));
    start_typing();
    EXPECT_TRUE(wait_for_state("sitting"));
}

// The fault campaign: `rest-day 0001-01-01` was accepted, and every later confirmation
// walked two thousand years of days (43.6 MiB, 200-300 ms each, across restarts).
TEST_F(DaemonTest, RestDaysNoOneCanMeanAreRefusedAndOneCanBeUndone) {
    start_and_wait();
    for (const char* date : {"0001-01-01", "0000-01-01", "9999-12-31"}) {
        const RunResult refused = cli({"rest-day", date});
        EXPECT_EQ(refused.exit_code, 1) << date;
        EXPECT_NE(refused.err.find("A rest day must be between"), std::string::npos) << refused.err;
    }
    const std::string today = status()["today"];
    EXPECT_EQ(cli({"rest-day"}).exit_code, 0);
    const RunResult undone = cli({"rest-day", "--undo", today});
    EXPECT_EQ(undone.exit_code, 0) << undone.err;
    EXPECT_EQ(undone.out, today + " is no longer a rest day.\n");
    const RunResult again = cli({"rest-day", "--undo", today});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_EQ(again.err, "sitbreak: " + today + " is not a rest day.\n");
    EXPECT_EQ(run({"sqlite3", database_path().string(), "SELECT count(*) FROM rest_days;"}).out,
              "0\n");
}

// A history that already holds such a record (an older build, a copied file) still
// answers, counts and starts.
TEST_F(DaemonTest, AHistoryWithARecordCenturiesAgoStillWorks) {
    start_and_wait();
    daemon_.reset();
    ASSERT_EQ(run({"sqlite3", database_path().string(),
                   "INSERT INTO rest_days VALUES ('0001-01-01'); INSERT INTO spells "
                   "(start_at, start_offset, end_at, end_offset, end_reason, last_input) "
                   "VALUES (-62135500000, 0, -62135490000, 0, 'idle', -62135490000);"})
                  .exit_code,
              0);
    start_and_wait();
    EXPECT_EQ(cli({"done", "bridges"}).exit_code, 0);
    EXPECT_EQ(status()["today_done"], 1);
}

// Strings from a caller are echoed in errors and the log as text, never as control bytes.
TEST_F(DaemonTest, HostileBusStringsReachNeitherTheLogNorATerminalRaw) {
    start_and_wait();
    const RunResult reply = call_daemon({"Confirm", "s", "\x1b[2J\nforged: line"});
    EXPECT_NE(reply.exit_code, 0);
    EXPECT_NE(reply.err.find("\\x1b[2J\\nforged: line"), std::string::npos) << reply.err;
    const RunResult rest = cli({"rest-day", "\x1b]0;x\x07"});
    EXPECT_EQ(rest.exit_code, 2);
    EXPECT_EQ(rest.err.find('\x1b'), std::string::npos) << rest.err;
    EXPECT_EQ(daemon_->err().find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace sitbreak::test
