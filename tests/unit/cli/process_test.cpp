// The real `sitbreak` binary as a process: exit codes and sentences when there is no daemon,
// no usable bus, or a daemon that does not answer; and the D-Bus layer against a stand-in
// that owns the name on a private bus. (End-to-end tests with the real sitbreakd are the
// integration suite's.)
#include "support/process.hpp"

#include <gtest/gtest.h>
#include <sdbus-c++/sdbus-c++.h>

#include <mutex>
#include <nlohmann/json.hpp>

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

// Owns org.sitbreak.Sitbreak1 on a private bus and answers a few methods the way the
// contract says, recording what it was sent.
class StandInDaemon {
public:
    explicit StandInDaemon(const std::string& address)
        : connection_{sdbus::createSessionBusConnectionWithAddress(address)} {
        constexpr const char* interface = "org.sitbreak.Sitbreak1";
        connection_->requestName("org.sitbreak.Sitbreak1");
        object_ = sdbus::createObject(*connection_, "/org/sitbreak/Sitbreak1");
        object_->registerMethod("GetStatus").onInterface(interface).implementedAs([] {
            return std::map<std::string, sdbus::Variant>{
                {"state", sdbus::Variant{std::string{"sitting"}}},
                {"sitting_seconds", sdbus::Variant{std::uint64_t{2520}}},
                {"next_prompt_seconds", sdbus::Variant{std::int64_t{-1}}},
                {"paused_until", sdbus::Variant{std::uint64_t{0}}},
                {"today", sdbus::Variant{std::string{"2024-05-31"}}},
                {"today_done", sdbus::Variant{std::uint32_t{3}}},
                {"current_streak", sdbus::Variant{std::uint32_t{5}}},
                {"best_streak", sdbus::Variant{std::uint32_t{12}}},
                {"idle_backend", sdbus::Variant{std::string{"x11-xsync"}}},
                {"config_error", sdbus::Variant{std::string{}}}};
        });
        object_->registerMethod("Skip").onInterface(interface).implementedAs([] {
            throw sdbus::Error{"org.sitbreak.Sitbreak1.Error.Refused",
                               "There is no prompt to skip."};
        });
        object_->registerMethod("Snooze").onInterface(interface).implementedAs(
            [this](std::uint32_t minutes) { record("Snooze " + std::to_string(minutes)); });
        object_->registerMethod("GetDays").onInterface(interface).implementedAs(
            [this](const std::string& from, const std::string& to) {
                record("GetDays " + from + " " + to);
                return std::vector<std::map<std::string, sdbus::Variant>>{
                    {{"date", sdbus::Variant{from}},
                     {"status", sdbus::Variant{std::string{"kept"}}},
                     {"done", sdbus::Variant{std::uint32_t{5}}}}};
            });
        object_->finishRegistration();
        connection_->enterEventLoopAsync();
    }
    StandInDaemon(const StandInDaemon&) = delete;
    StandInDaemon& operator=(const StandInDaemon&) = delete;
    ~StandInDaemon() {
        connection_->leaveEventLoop();
        object_.reset();
    }

    [[nodiscard]] std::vector<std::string> calls() const {
        const std::lock_guard lock{mutex_};
        return calls_;
    }

private:
    void record(std::string call) {
        const std::lock_guard lock{mutex_};
        calls_.push_back(std::move(call));
    }

    std::unique_ptr<sdbus::IConnection> connection_;
    std::unique_ptr<sdbus::IObject> object_;
    mutable std::mutex mutex_;
    std::vector<std::string> calls_;
};

TEST(Process, StatusJsonThroughTheBus) {
    const SessionBus bus;
    const StandInDaemon daemon{bus.address()};
    const RunResult result = sitbreak({"status", "--json"}, on_bus(bus.address()));
    ASSERT_EQ(result.exit_code, exit_ok) << result.err;
    const nlohmann::json status = nlohmann::json::parse(result.out);
    EXPECT_EQ(status["state"], "sitting");
    EXPECT_EQ(status["sitting_seconds"], 2520);
    EXPECT_TRUE(status["next_prompt_seconds"].is_null());
    EXPECT_TRUE(status["paused_until"].is_null());
    EXPECT_TRUE(status["config_error"].is_null());
    EXPECT_EQ(status["today_done"], 3);
    EXPECT_EQ(status["current_streak"], 5);
    EXPECT_EQ(status["best_streak"], 12);
    EXPECT_EQ(status["idle_backend"], "x11-xsync");
}

TEST(Process, ARefusalIsExitOneWithTheDaemonsSentence) {
    const SessionBus bus;
    const StandInDaemon daemon{bus.address()};
    const RunResult result = sitbreak({"skip"}, on_bus(bus.address()));
    EXPECT_EQ(result.exit_code, exit_refused);
    EXPECT_EQ(result.err, "sitbreak: There is no prompt to skip.\n");
    EXPECT_EQ(result.out, "");
}

TEST(Process, SnoozeSendsWholeMinutes) {
    const SessionBus bus;
    const StandInDaemon daemon{bus.address()};
    const RunResult result = sitbreak({"snooze", "90s"}, on_bus(bus.address()));
    EXPECT_EQ(result.exit_code, exit_ok) << result.err;
    EXPECT_EQ(result.out, "Snoozed for 2m (snoozes are whole minutes).\n");
    EXPECT_EQ(daemon.calls(), std::vector<std::string>{"Snooze 2"});
}

TEST(Process, StatsAsksForTheDaysEndingTodayOfTheDaemon) {
    const SessionBus bus;
    const StandInDaemon daemon{bus.address()};
    const RunResult result = sitbreak({"stats", "--days", "3", "--csv"}, on_bus(bus.address()));
    EXPECT_EQ(result.exit_code, exit_ok) << result.err;
    EXPECT_EQ(daemon.calls(), std::vector<std::string>{"GetDays 2024-05-29 2024-05-31"});
    EXPECT_EQ(result.out.substr(result.out.find('\n') + 1), "2024-05-29,kept,,,,,5,,,,,,\n");
}

}  // namespace
}  // namespace sitbreak::cli
