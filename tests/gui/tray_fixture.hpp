#pragma once
// One real desktop per test for the tray: Xvfb + openbox + trayer (an XEmbed tray), a private
// session bus, the real sitbreakd with a config of seconds, and the real sitbreak-tray.
// Observed the way a user would: the icon's pixels in trayer, its menu driven with xdotool,
// the daemon's state through `sitbreak status --json`.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "gui/support/capture.hpp"
#include "support/daytime_zone.hpp"
#include "support/process.hpp"
#include "support/session_bus.hpp"
#include "support/sitbreak_cli.hpp"
#include "support/temp_dir.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"
#include "x_windows.hpp"

namespace sitbreak::test {

// A 60 s limit makes the ring move a step a second; prompts come from `prompt-now`. A long
// break_after keeps the user sitting while a test works the menu.
inline constexpr const char* kTrayConfig = R"([sitting]
limit = "60s"
break_after = "30s"

[prompt]
snooze = "3s"
max_snoozes = 5
repeat_every = "1h"
wait_for_pause = "0s"

[idle]
min_activity = "1s"
)";

// How many of the icon's pixels have each of the painter's colours (tray/icon_painter.cpp).
struct IconPixels {
    int dark_disk{0};    // sitting
    int orange_disk{0};  // a prompt is open
    int grey_disk{0};    // paused or away
    int teal_ring{0};    // the hour clock's progress
    [[nodiscard]] bool sitting() const { return dark_disk > 20 && orange_disk == 0; }
    [[nodiscard]] bool prompting() const { return orange_disk > 20; }
    [[nodiscard]] bool grey() const { return grey_disk > 20 && dark_disk == 0 && teal_ring == 0; }
    // The hollow, crossed-out ring: no disk at all.
    [[nodiscard]] bool absent() const { return dark_disk + orange_disk + grey_disk == 0; }
};
[[nodiscard]] IconPixels count_pixels(const Image& icon);
[[nodiscard]] std::string describe(const IconPixels& pixels);

class TrayTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    [[nodiscard]] Env env() const;
    // The session's language for every process of the test (daemon, tray, CLI): LC_ALL,
    // LANGUAGE. Empty: the C locale, English.
    Env session_language_;
    // Makes the bus D-Bus-activate sitbreakd (call before SetUp's bus starts: see
    // ActivatableTrayTest).
    [[nodiscard]] virtual bool activatable() const { return false; }

    void write_config(std::string_view text);
    void start_daemon();  // and wait until it answers
    void stop_daemon();
    void start_tray(std::vector<std::string> extra_args = {});
    [[nodiscard]] RunResult cli(std::vector<std::string> args) const {
        return SitbreakCli{env()}.run(std::move(args));
    }
    [[nodiscard]] nlohmann::json status() const { return SitbreakCli{env()}.status(); }
    [[nodiscard]] testing::AssertionResult wait_for_status(
        const std::function<bool(const nlohmann::json&)>& condition, const std::string& what,
        milliseconds timeout = milliseconds{10000}) const {
        return SitbreakCli{env()}.wait_for_status(condition, what, timeout);
    }
    [[nodiscard]] testing::AssertionResult wait_for_state(const std::string& state) const {
        return SitbreakCli{env()}.wait_for_state(state);
    }

    // The icon trayer embedded, if it is there.
    [[nodiscard]] std::optional<XWindow> tray_icon() const;
    [[nodiscard]] testing::AssertionResult wait_for_icon(
        const std::function<bool(const IconPixels&)>& condition, const std::string& what,
        milliseconds timeout = milliseconds{10000});
    [[nodiscard]] IconPixels icon_pixels() const;
    // Writes the icon as trayer shows it to screenshot_path(name), for the README.
    void save_icon(const std::string& name) const;

    // Clicks the icon and waits for its menu; runs `while_open`; then picks items by their
    // mnemonics, e.g. {"n", "1"} for Snooze ▸ 10 min, waiting for each submenu to open.
    [[nodiscard]] testing::AssertionResult choose_from_menu(
        const std::vector<std::string>& keys, const std::function<void()>& while_open = {});
    [[nodiscard]] int open_menus() const;  // the menu windows on screen

    void start_typing();
    void stop_typing();
    // Input for long enough to start a sitting spell (idle.min_activity), then none.
    void sit_down();

    TempDir home_{"tray-home"};
    std::unique_ptr<XServer> x_;
    std::unique_ptr<SessionBus> bus_;
    std::unique_ptr<Process> trayer_;
    std::unique_ptr<Process> daemon_;
    std::unique_ptr<Process> tray_;
    std::unique_ptr<Process> typist_;
};

}  // namespace sitbreak::test
