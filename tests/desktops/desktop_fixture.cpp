#include "desktop_fixture.hpp"

#include <chrono>
#include <iostream>

#include "support/wait.hpp"

namespace sitbreak::test {

void DesktopTest::SetUp() {
    bus_ = std::make_unique<SessionBus>();
    write_config(kDesktopConfig);
}

void DesktopTest::TearDown() {
    if (::testing::Test::HasFailure()) {
        if (daemon_) std::cerr << "---- sitbreakd stderr ----\n" << daemon_->err();
        if (compositor_) std::cerr << "---- compositor stderr ----\n" << compositor_->log();
        for (const auto& client : clients_) {
            std::cerr << "---- " << client->describe() << " stderr ----\n" << client->err();
        }
    }
    clients_.clear();
    daemon_.reset();
    compositor_.reset();
    bus_.reset();
}

Env DesktopTest::env() const {
    Env env = bus_->env();
    env["XDG_CONFIG_HOME"] = (home_ / "config").string();
    env["XDG_DATA_HOME"] = (home_ / "data").string();
    env["SITBREAK_DATA_DIR"] = SITBREAK_STAGED_DATA_DIR;  // the figures
    env["XDG_RUNTIME_DIR"] = home_.path().string();
    env["HOME"] = home_.path().string();
    env["DISPLAY"] = std::nullopt;
    env["WAYLAND_DISPLAY"] = std::nullopt;
    env["XDG_CURRENT_DESKTOP"] = std::nullopt;
    env["TZ"] = daytime_zone().tz;
    for (const auto& [name, value] : session_) env[name] = value;
    return env;
}

void DesktopTest::write_config(std::string_view text) {
    const auto file = home_ / "config/sitbreak/config.toml";
    std::filesystem::create_directories(file.parent_path());
    write_file(file, text);
}

void DesktopTest::start_daemon() {
    ProcessOptions options;
    options.env = env();
    daemon_ = std::make_unique<Process>(std::vector<std::string>{SITBREAKD_PATH, "--verbose"},
                                        std::move(options));
    ASSERT_TRUE(cli().wait_for_daemon()) << daemon_->err();
}

void DesktopTest::keep_running(const std::string& script, const Env& client_env) {
    ProcessOptions options;
    options.env = client_env;
    clients_.push_back(std::make_unique<Process>(std::vector<std::string>{"sh", "-c", script},
                                                 std::move(options)));
}

testing::AssertionResult DesktopTest::start_gnome_session() {
    compositor_ = Compositor::mutter(bus_->env());
    session_ = {{"WAYLAND_DISPLAY", compositor_->socket()}, {"XDG_CURRENT_DESKTOP", "GNOME"}};
    return wait_until([&] { return owned("org.gnome.Mutter.IdleMonitor"); },
                      std::chrono::milliseconds{20000}, "mutter's IdleMonitor on the bus");
}

}  // namespace sitbreak::test
