// Issue 16: the desktop's own do-not-disturb switch holds prompts back where the
// notification server has no Inhibited to say it: GNOME's show-banners, switched with
// gsettings through a real dconf on the test's bus, and Xfce's /do-not-disturb, switched
// with xfconf-query through a real xfconfd. Both D-Bus-activated, as on the desktops.
#include <filesystem>
#include <string>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

namespace fs = std::filesystem;

class DesktopDndTest : public DaemonTest {
protected:
    void SetUp() override {
        DaemonTest::SetUp();
        // The bus again, able to start dconf-service and xfconfd (and nothing else) with
        // the test's home, where the daemon looks for their files too.
        fs::create_directories(home_ / "run");
        fs::permissions(home_ / "run", fs::perms::owner_all);
        for (const char* service : {"ca.desrt.dconf.service", "org.xfce.Xfconf.service"}) {
            fs::copy_file(fs::path{"/usr/share/dbus-1/services"} / service, services_ / service);
        }
        dunst_.reset();
        bus_.reset();
        bus_ = std::make_unique<SessionBus>(std::vector{services_.path()}, desktop_env());
        dunst_ = std::make_unique<Dunst>(x_->display(), bus_->address());
        for (const auto& [name, value] : desktop_env()) daemon_env_[name] = value;
    }
    [[nodiscard]] Env desktop_env() const {
        return {{"HOME", home_.path().string()},
                {"XDG_CONFIG_HOME", (home_ / "config").string()},
                {"XDG_RUNTIME_DIR", (home_ / "run").string()}};
    }
    // A tool of the desktop, run as the user would, on the test's bus.
    void desktop_tool(std::vector<std::string> args) {
        Env tool_env = env();
        tool_env.merge(desktop_env());
        const RunResult result = run(std::move(args), tool_env);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    // Due while the switch is on: status says the prompt waits for do-not-disturb, and no
    // bubble came. Then off: the prompt opens.
    void expect_held_then_released(const std::function<void()>& switch_off) {
        start_typing();
        ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
            [](const nlohmann::json& now) { return now["waiting_for"] == "dnd"; },
            "the due prompt held back by do-not-disturb"));
        EXPECT_EQ(status()["state"], "sitting");
        EXPECT_TRUE(dunst_->shown().empty());
        switch_off();
        ASSERT_TRUE(wait_for_state("prompting", milliseconds{10000}));
        EXPECT_TRUE(wait_until([&] { return !dunst_->shown().empty(); }, milliseconds{5000},
                               "the prompt's notification"));
    }
    // The daemon is one thread (DESIGN §2), GNOME's library loaded or not.
    std::size_t daemon_threads() const {
        std::size_t count = 0;
        for ([[maybe_unused]] const auto& task :
             fs::directory_iterator{"/proc/" + std::to_string(daemon_->pid()) + "/task"}) {
            ++count;
        }
        return count;
    }

    TempDir services_{"services"};
};

TEST_F(DesktopDndTest, GnomesDoNotDisturbHoldsThePromptUntilItIsSwitchedOff) {
    daemon_env_["XDG_CURRENT_DESKTOP"] = "GNOME";
    desktop_tool({"gsettings", "set", "org.gnome.desktop.notifications", "show-banners", "false"});
    start_and_wait();
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["quiet"] == true; }, "quiet at start"));
    expect_held_then_released([&] {
        desktop_tool(
            {"gsettings", "set", "org.gnome.desktop.notifications", "show-banners", "true"});
    });
    EXPECT_EQ(daemon_threads(), 1u);
    // And on again while sitting: the next switch is seen as it happens, not at a restart.
    desktop_tool({"gsettings", "set", "org.gnome.desktop.notifications", "show-banners", "false"});
    EXPECT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["quiet"] == true; }, "quiet again"));
}

TEST_F(DesktopDndTest, XfcesDoNotDisturbHoldsThePromptUntilItIsSwitchedOff) {
    daemon_env_["XDG_CURRENT_DESKTOP"] = "XFCE";
    start_and_wait();
    EXPECT_EQ(status()["quiet"], false);
    desktop_tool({"xfconf-query", "--channel", "xfce4-notifyd", "--property", "/do-not-disturb",
                  "--create", "--type", "bool", "--set", "true"});
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["quiet"] == true; }, "quiet once switched on"));
    expect_held_then_released([&] {
        desktop_tool({"xfconf-query", "--channel", "xfce4-notifyd", "--property",
                      "/do-not-disturb", "--set", "false"});
    });
}

TEST_F(DesktopDndTest, ElsewhereNeitherIsLoaded) {
    start_and_wait();  // no XDG_CURRENT_DESKTOP
    const std::string maps = run({"cat", "/proc/" + std::to_string(daemon_->pid()) + "/maps"}).out;
    EXPECT_EQ(maps.find("libdconf"), std::string::npos);
}

}  // namespace
}  // namespace sitbreak::test
