#pragma once
// The real sitbreakd on a real desktop's parts: a private session bus, a headless compositor
// or X server, real input through the compositor's own channel, and `sitbreak status` to
// see what a user or a status bar would.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compositors.hpp"
#include "support/daytime_zone.hpp"
#include "support/process.hpp"
#include "support/session_bus.hpp"
#include "support/sitbreak_cli.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::test {

// A long break_after: only the backend's own word can make the user "sitting" quickly
// (without it, a spell is confirmed only min_activity + break_after after it starts).
inline constexpr const char* kDesktopConfig = R"([sitting]
limit = "1h"
break_after = "60s"

[idle]
min_activity = "1s"
)";

class DesktopTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The daemon's environment: the bus, a private home, and `session` (WAYLAND_DISPLAY...).
    [[nodiscard]] Env env() const;
    void write_config(std::string_view text);
    // Starts sitbreakd and waits until it answers on the bus.
    void start_daemon();
    [[nodiscard]] SitbreakCli cli() const { return SitbreakCli{env()}; }
    // Whether someone owns `name` on the session bus (busctl status).
    [[nodiscard]] bool owned(const std::string& name) const {
        return run({"busctl", "--user", "status", name}, env()).exit_code == 0;
    }
    // GNOME on Wayland: headless mutter as the compositor, the session's variables set, and
    // its IdleMonitor on the bus, so that the daemon started next finds it.
    [[nodiscard]] testing::AssertionResult start_gnome_session();
    // A shell loop run until the test ends, with the compositor's client environment.
    void keep_running(const std::string& script, const Env& client_env);

    Env session_;
    TempDir home_{"desktop-home"};
    std::unique_ptr<SessionBus> bus_;
    std::unique_ptr<Compositor> compositor_;
    std::unique_ptr<Process> daemon_;
    std::vector<std::unique_ptr<Process>> clients_;
};

}  // namespace sitbreak::test
