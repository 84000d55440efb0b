#pragma once
// One real desktop per test: Xvfb, a private session bus, dunst, and the real sitbreakd
// with a config of seconds, driven by xdotool and asserted through the real CLI.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/daytime_zone.hpp"
#include "support/dunst.hpp"
#include "support/process.hpp"
#include "support/session_bus.hpp"
#include "support/sitbreak_cli.hpp"
#include "support/temp_dir.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {

// Durations short enough for a test, long enough for a loaded 2-core CI machine.
inline constexpr const char* kTestConfig = R"([sitting]
limit = "6s"
break_after = "3s"

[prompt]
snooze = "3s"
max_snoozes = 2
repeat_every = "1h"
# The typing loop never pauses: prompts open when due (wait_for_pause has its own tests).
wait_for_pause = "0s"

[idle]
min_activity = "1s"
)";

class DaemonTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The environment every process of this test runs in.
    [[nodiscard]] Env env() const;
    void write_config(std::string_view text);
    [[nodiscard]] std::filesystem::path config_path() const;
    [[nodiscard]] std::filesystem::path database_path() const;

    // With env() and daemon_env_ (a test's additions, e.g. LD_PRELOAD).
    std::unique_ptr<Process> start_daemon(std::vector<std::string> extra_args = {});
    // Starts the daemon and waits until it answers `sitbreak status`.
    void start_and_wait();
    // `sitbreak args...` to the end.
    RunResult cli(std::vector<std::string> args) const {
        return SitbreakCli{env()}.run(std::move(args));
    }
    // `busctl call` of a member of org.sitbreak.Sitbreak1 with its signature and arguments,
    // e.g. {"Snooze", "u", "10"}: the bus as any client sees it.
    [[nodiscard]] RunResult call_daemon(std::vector<std::string> member_and_arguments) const;
    // `sitbreak status --json`, parsed; fails the test when it does not answer.
    nlohmann::json status() const { return SitbreakCli{env()}.status(); }
    [[nodiscard]] testing::AssertionResult wait_for_state(const std::string& state,
                                                          milliseconds timeout = milliseconds{
                                                              20000}) const {
        return SitbreakCli{env()}.wait_for_state(state, timeout);
    }

    // Real input: a mouse nudge every 300 ms until stop_typing().
    void start_typing();
    void stop_typing();
    void nudge();

    Env daemon_env_;
    TempDir home_{"home"};
    std::unique_ptr<XServer> x_;
    std::unique_ptr<SessionBus> bus_;
    std::unique_ptr<Dunst> dunst_;
    std::unique_ptr<Process> daemon_;
    std::unique_ptr<Process> typist_;
};

}  // namespace sitbreak::test
