// D-Bus activation as installed: a private session bus whose service directory holds the
// activation file made from packaging/session's template, pointing at the built sitbreakd.
// Nobody starts the daemon; the first `sitbreak status` has the bus start it.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/session_bus.hpp"
#include "support/temp_dir.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {
namespace {

constexpr const char* kBusName = "org.sitbreak.Sitbreak1";

// The template with the built daemon where the install puts /usr/bin/sitbreakd.
std::string activation_file() {
    std::string text = read_file(SITBREAK_ACTIVATION_TEMPLATE);
    const std::string placeholder = "@SITBREAKD_PATH@";
    const auto at = text.find(placeholder);
    if (at == std::string::npos) {
        throw std::runtime_error{std::string{SITBREAK_ACTIVATION_TEMPLATE} +
                                 " has no @SITBREAKD_PATH@ for Exec="};
    }
    return text.replace(at, placeholder.size(), SITBREAKD_PATH);
}

class DbusActivation : public ::testing::Test {
protected:
    void TearDown() override { stop_daemon(); }

    // A bus that activates sitbreakd with a temporary home, on a fresh X server or none.
    void start_bus(bool with_display) {
        std::string display;
        if (with_display) {
            x_ = std::make_unique<XServer>();
            display = x_->display();
        }
        write_file(services_ / "org.sitbreak.Sitbreak1.service", activation_file());
        Env env{{"HOME", home_.path().string()},
                {"XDG_CONFIG_HOME", (home_ / "config").string()},
                {"XDG_DATA_HOME", (home_ / "data").string()},
                {"WAYLAND_DISPLAY", std::nullopt},
                {"XDG_CURRENT_DESKTOP", std::nullopt},
                {"DISPLAY", display.empty() ? std::nullopt : std::optional{display}}};
        bus_ = std::make_unique<SessionBus>(std::vector{services_.path()}, env);
    }

    [[nodiscard]] RunResult sitbreak(std::vector<std::string> args) const {
        args.insert(args.begin(), SITBREAK_PATH);
        // Activation starts a process: allow for a loaded machine.
        return run(std::move(args), bus_->env(), milliseconds{30000});
    }

    [[nodiscard]] RunResult bus_call(const std::string& method) const {
        return run({"dbus-send", "--session", "--print-reply=literal", "--type=method_call",
                    "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus." + method, std::string{"string:"} + kBusName},
                   bus_->env());
    }

    [[nodiscard]] bool name_owned() const {
        const RunResult reply = bus_call("NameHasOwner");
        return reply.exit_code == 0 && reply.out.find("true") != std::string::npos;
    }

    // The activated daemon is the bus's child, not ours: stop it through its pid on the
    // bus, as systemd would, and wait until it has let go of the name.
    void stop_daemon() {
        if (!bus_ || !name_owned()) return;
        const RunResult reply = bus_call("GetConnectionUnixProcessID");
        const auto pid =
            static_cast<pid_t>(std::stol(reply.out.substr(reply.out.find_last_of(' ') + 1)));
        ASSERT_EQ(::kill(pid, SIGTERM), 0);
        EXPECT_TRUE(wait_until([&] { return !name_owned(); }, milliseconds{10000},
                               "the activated sitbreakd to stop on SIGTERM"));
    }

    // Destroyed in reverse: the bus (and anything it started) before the X server.
    std::unique_ptr<XServer> x_;
    TempDir home_{"home"};
    TempDir services_{"services"};
    std::unique_ptr<SessionBus> bus_;
};

TEST_F(DbusActivation, FirstCallStartsTheDaemonOnTheSessionsDisplay) {
    start_bus(true);
    ASSERT_FALSE(name_owned()) << "nothing may own the name before the first call";

    const RunResult status = sitbreak({"status", "--json"});
    ASSERT_EQ(status.exit_code, 0) << "sitbreak status did not get an answer: " << status.err;
    const auto json = nlohmann::json::parse(status.out);
    // "x11-xsync" or "x11-screensaver": it sees the X server it was given.
    EXPECT_EQ(json.value("idle_backend", "").rfind("x11", 0), 0u) << status.out;
    EXPECT_EQ(json.value("config_path", ""), (home_ / "config/sitbreak/config.toml").string());
    EXPECT_TRUE(std::filesystem::exists(home_ / "data/sitbreak/sitbreak.db"))
        << "the activated daemon keeps its history in XDG_DATA_HOME";
    EXPECT_TRUE(name_owned());
}

TEST_F(DbusActivation, WithoutADisplayTheDaemonStillAnswersAndSaysWhy) {
    start_bus(false);

    const RunResult status = sitbreak({"status", "--json"});
    ASSERT_EQ(status.exit_code, 0) << "sitbreak status did not get an answer: " << status.err;
    const auto json = nlohmann::json::parse(status.out);
    EXPECT_EQ(json.value("idle_backend", ""), "none") << status.out;
    EXPECT_NE(json.value("idle_problem", "").find("DISPLAY is not set"), std::string::npos)
        << status.out;

    const RunResult text = sitbreak({"status"});
    EXPECT_NE(text.out.find("DISPLAY is not set"), std::string::npos)
        << "the plain status names the missing display: " << text.out;
}

}  // namespace
}  // namespace sitbreak::test
