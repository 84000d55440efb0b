// Issue 12, defects 1, 2 and 10, on the real daemon: a config file that crashed it, a FIFO
// that hung it, and a key that forged a line of its log.
#include <sys/stat.h>

#include <csignal>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

// The fault campaign's file: one line, one dotted key of 40 000 parts (80 KB).
std::string forty_thousand_part_key() {
    std::string key = "a";
    for (int i = 1; i < 40'000; ++i) key += ".a";
    return key + " = 1\n";
}

testing::AssertionResult config_error_contains(const nlohmann::json& now, const std::string& text) {
    if (!now["config_error"].is_string()) return testing::AssertionFailure() << now.dump();
    const std::string error = now["config_error"];
    if (error.find(text) == std::string::npos) return testing::AssertionFailure() << error;
    return testing::AssertionSuccess();
}

TEST_F(DaemonTest, AConfigKeyOfFortyThousandPartsNeitherKillsARunningDaemonNorItsStart) {
    start_and_wait();
    write_config(forty_thousand_part_key());  // died within 2 s of this, before the fix
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["config_error"].is_string(); },
        "the error in status"));
    EXPECT_TRUE(config_error_contains(
        status(), "config.toml: is 80004 bytes; a config file may have at most 65536"));
    EXPECT_EQ(status()["limit_seconds"], 6) << "the last good settings are kept";
    ASSERT_TRUE(daemon_->running());

    daemon_->kill(SIGTERM);
    ASSERT_EQ(daemon_->wait_for_exit(milliseconds{5000}), 0);
    start_and_wait();  // crash-looped under systemd before the fix
    EXPECT_TRUE(config_error_contains(status(), "a config file may have at most 65536"));
    EXPECT_EQ(status()["limit_seconds"], 3600) << "the defaults, until the file is fixed";
}

TEST_F(DaemonTest, AFifoAtTheConfigPathIsNamedAndNeverHangsTheDaemon) {
    std::filesystem::remove(config_path());
    ASSERT_EQ(::mkfifo(config_path().c_str(), 0600), 0);
    start_and_wait();  // blocked in fopen for good before the fix
    EXPECT_TRUE(config_error_contains(status(), "is a FIFO (named pipe), not a regular file"));
    daemon_->kill(SIGTERM);
    EXPECT_EQ(daemon_->wait_for_exit(milliseconds{5000}), 0) << "SIGTERM is heard";

    const RunResult check = run({SITBREAKD_PATH, "--check-config", config_path().string()}, env());
    EXPECT_EQ(check.exit_code, 2) << "-1 means it hung and was killed";
    EXPECT_EQ(check.err, config_path().string() + ": is a FIFO (named pipe), not a regular file\n");
}

// A key with a newline and an escape sequence made a log line of its own.
TEST_F(DaemonTest, AConfigKeyCannotForgeALogLineOrReachTheTerminal) {
    write_config("[sitting]\n\"x\\n2026-12-04 09:00:00 info: \\u001b[31mhistory deleted\" = 1\n");
    start_and_wait();
    const RunResult shown = cli({"status"});
    EXPECT_EQ(shown.out.find('\x1b'), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("x\\n2026-12-04 09:00:00 info: \\x1b[31mhistory"), std::string::npos)
        << shown.out;
    const std::string log = daemon_->err();
    EXPECT_EQ(log.find('\x1b'), std::string::npos);
    EXPECT_EQ(log.find("\n2026-12-04 09:00:00 info:"), std::string::npos) << log;
}

}  // namespace
}  // namespace sitbreak::test
