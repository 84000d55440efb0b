// The real `sitbreak` binary as a process: exit codes and sentences when there is no daemon,
// no usable bus, or a daemon that does not answer. (What it says with the real sitbreakd
// is tested in tests/integration.)
#include "support/process.hpp"

#include <gtest/gtest.h>
#include <sdbus-c++/sdbus-c++.h>


#include "cli/command.hpp"
#include "support/session_bus.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::cli {
namespace {

using sitbreak::test::Env;
using sitbreak::test::RunResult;
using sitbreak::test::SessionBus;
using sitbreak::test::TempDir;

using namespace std::chrono_literals;

const std::string not_running =
    "sitbreak: the daemon is not running; start it with \"systemctl --user start sitbreakd\" or "
    "run \"sitbreakd &\".\n";

// The environment for `sitbreak` on a given bus address (nullopt: no address at all).
Env on_bus(const std::optional<std::string>& address) {
    return {{"DBUS_SESSION_BUS_ADDRESS", address},
            {"DBUS_STARTER_ADDRESS", std::nullopt},
            {"DBUS_STARTER_BUS_TYPE", std::nullopt}};
}

RunResult sitbreak(std::vector<std::string> args, const Env& env) {
    args.insert(args.begin(), SITBREAK_CLI_PATH);
    return sitbreak::test::run(std::move(args), env, std::chrono::seconds{20});
}

TEST(Process, NoDaemonOnTheBusIsExitThree) {
    const SessionBus bus;
    for (const std::vector<std::string>& args : {std::vector<std::string>{"status"},
                                                 {"status", "--json"},
                                                 {"status", "--waybar"},
                                                 {"snooze", "10m"},
                                                 {"stats"},
                                                 {"export"},
                                                 {"rest-day"}}) {
        const RunResult result = sitbreak(args, on_bus(bus.address()));
        EXPECT_EQ(result.exit_code, exit_unreachable) << args.front();
        EXPECT_EQ(result.err, not_running) << args.front();
        EXPECT_EQ(result.out, "") << args.front();
    }
}

TEST(Process, UnusableBusAddressIsExitThree) {
    const TempDir dir;
    for (const std::string& address :
         {"unix:path=" + (dir.path() / "no-such-socket").string(), std::string{"garbage"},
          std::string{"tcp:host=127.0.0.1,port=1"}}) {
        const RunResult result = sitbreak({"status"}, on_bus(address));
        EXPECT_EQ(result.exit_code, exit_unreachable) << address;
        EXPECT_EQ(result.err, not_running) << address;
    }
}

TEST(Process, NoSessionBusAtAllIsExitThree) {
    const TempDir runtime_dir;  // no "bus" socket in it
    Env env = on_bus(std::nullopt);
    env["XDG_RUNTIME_DIR"] = runtime_dir.path().string();
    const RunResult result = sitbreak({"status"}, env);
    EXPECT_EQ(result.exit_code, exit_unreachable);
    EXPECT_EQ(result.err, not_running);
}

TEST(Process, UsageErrorsAreExitTwoWithoutTouchingTheBus) {
    const TempDir dir;
    const Env env = on_bus("unix:path=" + (dir.path() / "no-such-socket").string());
    RunResult result = sitbreak({"snooze", "0s"}, env);
    EXPECT_EQ(result.exit_code, exit_usage);
    EXPECT_EQ(result.err, "sitbreak: snooze: the duration must be at least 1 second.\n");
    result = sitbreak({"bogus"}, env);
    EXPECT_EQ(result.exit_code, exit_usage);
    EXPECT_EQ(
        result.err,
        "sitbreak: \"bogus\" is not a command; run \"sitbreak --help\" to see the commands.\n");
    result = sitbreak({"stats", "--json", "--csv"}, env);
    EXPECT_EQ(result.exit_code, exit_usage);
    result = sitbreak({"--version"}, env);
    EXPECT_EQ(result.exit_code, exit_ok);
    EXPECT_EQ(result.out, std::string{"sitbreak "} + SITBREAK_VERSION + "\n");
}

TEST(Process, ADaemonThatDoesNotAnswerIsExitThreeAfterTheTimeout) {
    const SessionBus bus;
    // Owns the name and never reads its socket: a hung daemon.
    const auto hung = sdbus::createSessionBusConnectionWithAddress(bus.address());
    hung->requestName("org.sitbreak.Sitbreak1");
    const auto start = std::chrono::steady_clock::now();
    const RunResult result = sitbreak({"status", "--waybar"}, on_bus(bus.address()));
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(result.exit_code, exit_unreachable);
    EXPECT_EQ(result.err,
              "sitbreak: the daemon did not answer within 5 seconds; restart it with "
              "\"systemctl --user restart sitbreakd\".\n");
    EXPECT_GE(took, 4s);
    EXPECT_LT(took, 15s);
}

}  // namespace
}  // namespace sitbreak::cli
