// GNOME on Wayland as its users run it (issue 13): gnome-shell 43 headless, its own
// notification server (a gjs helper D-Bus starts), input through mutter's RemoteDesktop.
#include <chrono>
#include <string>

#include "desktop_fixture.hpp"
#include "support/wait.hpp"

namespace sitbreak::test {
namespace {

using std::chrono::milliseconds;

class GnomeShellTest : public DesktopTest {
protected:
    void SetUp() override {
        DesktopTest::SetUp();
        // Only gnome-shell's notification helper may be started on demand: no other server.
        std::filesystem::copy_file(
            "/usr/share/dbus-1/services/org.gnome.Shell.Notifications.service",
            services_ / "org.gnome.Shell.Notifications.service");
        auto runtime = std::make_unique<TempDir>("gnome-shell");
        const std::string dir = runtime->path().string();
        bus_ = std::make_unique<SessionBus>(
            std::vector<std::filesystem::path>{services_.path()},
            Env{{"WAYLAND_DISPLAY", dir + "/wayland-0"}, {"XDG_RUNTIME_DIR", dir}, {"HOME", dir}});
        Env buses = bus_->env();
        buses["DBUS_SYSTEM_BUS_ADDRESS"] = system_bus_.address();
        compositor_ = Compositor::gnome_shell(buses, std::move(runtime));
        session_ = {{"WAYLAND_DISPLAY", compositor_->socket()},
                    {"XDG_CURRENT_DESKTOP", "GNOME"},
                    {"DBUS_SYSTEM_BUS_ADDRESS", system_bus_.address()}};
    }

    // "title|action,action;..." for each notification the shell's message tray holds.
    [[nodiscard]] std::string shell_notifications() const {
        const RunResult r =
            run({"gdbus", "call", "--session", "--dest", "org.gnome.Shell", "--object-path",
                 "/org/gnome/Shell", "--method", "org.gnome.Shell.Eval",
                 "Main.messageTray.getSources().map(s => s.notifications.map(n => n.title + '|' + "
                 "n.actions.map(a => a.label).join(',')).join(';')).join('/')"},
                env());
        return r.exit_code == 0 ? r.out : "";
    }

    TempDir services_{"gnome-services"};
    SessionBus system_bus_;  // a bus where logind is not: enough for the shell to start
};

TEST_F(GnomeShellTest, ThePromptReachesTheShellWithItsActions) {
    start_daemon();
    // The daemon may start before the shell's idle monitor is on the bus, as at login.
    ASSERT_TRUE(
        cli().wait_for_status([](const nlohmann::json& s) { return s["idle_backend"] == "mutter"; },
                              "the mutter backend", milliseconds{30000}));
    keep_running(std::string{MUTTER_TYPIST_PATH} + " 300", bus_->env());
    ASSERT_TRUE(cli().wait_for_state("sitting"));
    ASSERT_TRUE(cli().wait_for_status(
        [](const nlohmann::json& s) { return s["notifications"] == "desktop notifications"; },
        "the shell's notification server"));
    ASSERT_EQ(cli().run({"prompt-now"}).exit_code, 0);
    std::string shown;
    EXPECT_TRUE(wait_until(
        [&] {
            shown = shell_notifications();
            return shown.find("Time to stand up|Did bridges,Did squeeze,Snooze,Skip") !=
                   std::string::npos;
        },
        milliseconds{10000}, "the prompt in gnome-shell's message tray"))
        << shown;
}

}  // namespace
}  // namespace sitbreak::test
