// Issue 5: bad input, crashes and a second instance against the real daemon.
#include <csignal>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

TEST_F(DaemonTest, BrokenConfigKeepsTheOldSettingsAndAFixAppliesTheNew) {
    start_and_wait();
    ASSERT_EQ(status()["limit_seconds"], 6);
    write_config("[sitting]\nlimit = \"6s\"\nbreak_after = 3\n");
    ASSERT_TRUE(wait_until([&] { return status()["config_error"].is_string(); }, milliseconds{5000},
                           "status shows the config error"));
    const std::string error = status()["config_error"];
    EXPECT_NE(error.find("config.toml:3: sitting.break_after"), std::string::npos) << error;
    EXPECT_EQ(status()["limit_seconds"], 6);

    write_config("[sitting]\nlimit = \"45m\"\n");
    ASSERT_TRUE(wait_until([&] { return status()["limit_seconds"] == 45 * 60; }, milliseconds{5000},
                           "the fixed config applies"));
    EXPECT_TRUE(status()["config_error"].is_null());
}

// The tray acts on prompt.style, prompt.sound and goals.daily as GetStatus gives them: a
// file the daemon refused must not make the tray show what the daemon does not do.
TEST_F(DaemonTest, StatusCarriesTheSettingsTheDaemonRunsWithNotABrokenFilesOnes) {
    start_and_wait();
    const std::string sitting = "[sitting]\nlimit = \"6s\"\n";
    write_config(sitting + "[prompt]\nstyle = \"popup\"\nsound = \"tick\"\n[goals]\ndaily = 4\n");
    ASSERT_TRUE(wait_until([&] { return status()["prompt_style"] == "popup"; }, milliseconds{5000},
                           "the popup style applies"));
    EXPECT_EQ(status()["prompt_sound"], "tick");
    EXPECT_EQ(status()["daily_goal"], 4);

    write_config(sitting + "[prompt]\nstyle = \"notification\"\nsound = \"loud\"\n");
    ASSERT_TRUE(wait_until([&] { return status()["config_error"].is_string(); }, milliseconds{5000},
                           "status shows the config error"));
    EXPECT_EQ(status()["prompt_style"], "popup");
    EXPECT_EQ(status()["prompt_sound"], "tick");
    EXPECT_EQ(status()["daily_goal"], 4);
}

// The tray follows signals, never polls: a new limit must move NextPromptAt on the bus.
TEST_F(DaemonTest, ANewLimitIsAnnouncedAsAPropertyChange) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    write_config("[sitting]\nlimit = \"1h\"\nbreak_after = \"3s\"\n");
    ASSERT_TRUE(wait_until([&] { return status()["limit_seconds"] == 3600; }, milliseconds{5000},
                           "the new limit applies"));
    // The change is announced before the status shows it, so start listening first and
    // then change the limit once more.
    ProcessOptions options;
    options.env = env();
    Process monitor{{"dbus-monitor", "--address", bus_->address(),
                     "type='signal',interface='org.freedesktop.DBus.Properties'"},
                    options};
    ASSERT_TRUE(wait_until([&] { return monitor.out().find("NameAcquired") != std::string::npos; },
                           milliseconds{5000}, "dbus-monitor listens"));
    write_config("[sitting]\nlimit = \"2h\"\nbreak_after = \"3s\"\n");
    EXPECT_TRUE(wait_until([&] { return monitor.out().find("NextPromptAt") != std::string::npos; },
                           milliseconds{5000}, "PropertiesChanged with NextPromptAt"))
        << monitor.out();
}

TEST_F(DaemonTest, StartingWithABrokenConfigUsesTheDefaultsAndSaysWhy) {
    write_config("[sitting]\nlimit = 60\n");
    start_and_wait();
    const auto now = status();
    EXPECT_EQ(now["limit_seconds"], 3600);
    ASSERT_TRUE(now["config_error"].is_string());
    EXPECT_NE(now["config_error"].get<std::string>().find("config.toml:2: sitting.limit"),
              std::string::npos);
}

TEST_F(DaemonTest, StartingOnADamagedDatabaseMovesItAsideAndSaysSo) {
    std::filesystem::create_directories(database_path().parent_path());
    write_file(database_path(), std::string(8192, 'x'));
    start_and_wait();
    const auto now = status();
    ASSERT_TRUE(now["store_problem"].is_string());
    EXPECT_NE(now["store_problem"].get<std::string>().find("corrupt"), std::string::npos)
        << now["store_problem"];
    EXPECT_EQ(cli({"done", "bridges"}).exit_code, 0);
    EXPECT_EQ(status()["today_done"], 1);
}

TEST_F(DaemonTest, ReloadConfigReportsTheErrorToTheCaller) {
    start_and_wait();
    write_config("[sitting]\nlimit = \"soon\"\n");
    const RunResult reload = call_daemon({"ReloadConfig"});
    EXPECT_NE(reload.exit_code, 0);
    EXPECT_NE(reload.err.find("sitting.limit"), std::string::npos) << reload.err;
}

TEST_F(DaemonTest, KillNineMidSpellLosesNoConfirmation) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    ASSERT_EQ(cli({"done", "bridges"}).exit_code, 0);
    ASSERT_EQ(cli({"done", "squeeze"}).exit_code, 0);
    daemon_->kill(SIGKILL);
    ASSERT_TRUE(daemon_->wait_for_exit(milliseconds{5000}).has_value());
    const RunResult check = run({"sqlite3", database_path().string(), "PRAGMA integrity_check;"});
    EXPECT_EQ(check.out, "ok\n") << check.err;
    start_and_wait();
    EXPECT_EQ(status()["today_done"], 2);
}

TEST_F(DaemonTest, MalformedBusCallsGetErrorsAndTheDaemonGoesOn) {
    start_and_wait();
    const std::vector<std::vector<std::string>> calls{
        {"Snooze", "u", "10000"},
        {"Snooze", "s", "ten"},
        {"Confirm", "s", "pushups"},
        {"Confirm", "u", "1"},
        {"Pause", "u", "999999999"},
        {"GetDays", "ss", "2026-13-01", "2026-01-01"},
        {"GetDays", "ss", "2026-02-01", "2026-01-01"},
        {"SetRestDay", "s", "yesterday"},
        {"Export", "s", "xml"},
        {"Skip", "s", "now"},
    };
    for (const auto& call : calls) {
        const RunResult result = call_daemon(call);
        EXPECT_NE(result.exit_code, 0) << call[0] << " " << call[1] << " was accepted";
        EXPECT_FALSE(result.err.empty()) << call[0];
    }
    const RunResult invalid = call_daemon({"Snooze", "u", "10000"});
    EXPECT_NE(invalid.err.find("1 to 1440 minutes"), std::string::npos) << invalid.err;
    EXPECT_EQ(cli({"status"}).exit_code, 0);
    EXPECT_TRUE(daemon_->running());
}

TEST_F(DaemonTest, ASecondInstanceSaysSoAndExitsOne) {
    start_and_wait();
    auto second = start_daemon();
    const auto code = second->wait_for_exit(milliseconds{10000});
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(*code, 1);
    EXPECT_NE(second->err().find("already running"), std::string::npos) << second->err();
    EXPECT_EQ(cli({"status"}).exit_code, 0);
}

TEST_F(DaemonTest, CliWithoutTheDaemonExitsThree) {
    const RunResult result = cli({"status"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("not running"), std::string::npos) << result.err;
}

TEST_F(DaemonTest, SigtermWritesTheOpenSpell) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    daemon_->kill(SIGTERM);
    ASSERT_EQ(daemon_->wait_for_exit(milliseconds{5000}), 0);
    const RunResult spells = run({"sqlite3", database_path().string(),
                                  "SELECT count(*) FROM spells WHERE end_at IS NOT NULL;"});
    EXPECT_EQ(spells.out, "1\n") << spells.err;
}

// Logging out takes the session bus away: the daemon writes the open spell and exits 0
// instead of living on without clients (or logging an error at every wake-up).
TEST_F(DaemonTest, TheBusGoingAwayStopsTheDaemonCleanly) {
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    stop_typing();
    bus_.reset();
    ASSERT_EQ(daemon_->wait_for_exit(milliseconds{10000}), 0) << daemon_->err();
    EXPECT_NE(daemon_->err().find("lost the session bus"), std::string::npos) << daemon_->err();
    const RunResult spells = run({"sqlite3", database_path().string(),
                                  "SELECT count(*) FROM spells WHERE end_at IS NOT NULL;"});
    EXPECT_EQ(spells.out, "1\n") << spells.err;
}

}  // namespace
}  // namespace sitbreak::test
