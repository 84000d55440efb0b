// Sitting on Wayland compositors as their users run them (issue 13): input injected through
// each compositor's own channel must count, from the daemon's first second on.
#include <chrono>

#include "desktop_fixture.hpp"
#include "support/test_configs.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {
namespace {

using std::chrono::milliseconds;

// min_activity (1 s) + 2 s, from the moment the daemon answers.
constexpr milliseconds kSeenTypingWithin{3000};

TEST_F(DesktopTest, KwinUserAlreadyTypingAtStartIsSittingAtOnce) {
    compositor_ = Compositor::kwin(bus_->env());
    session_ = {{"WAYLAND_DISPLAY", compositor_->socket()}, {"XDG_CURRENT_DESKTOP", "KDE"}};
    keep_running(std::string{KWIN_TYPIST_PATH} + " 300", compositor_->client_env());
    start_daemon();
    EXPECT_TRUE(cli().wait_for_state("sitting", kSeenTypingWithin));
    EXPECT_EQ(cli().status()["idle_backend"], "wayland");
}

// sway 1.7 has only org_kde_kwin_idle. Xwayland's X server (here an Xvfb in its place)
// would see none of the typing in a native Wayland window: auto must not fall back to it.
TEST_F(DesktopTest, SwayTypingInANativeWaylandWindowIsSeen) {
    XServer xwayland_stand_in;
    compositor_ = Compositor::sway();
    session_ = {{"WAYLAND_DISPLAY", compositor_->socket()},
                {"DISPLAY", xwayland_stand_in.display()},
                {"XDG_CURRENT_DESKTOP", "sway"}};
    start_daemon();
    EXPECT_EQ(cli().status()["idle_backend"], "kde-idle");

    TempDir typed{"typed"};
    const auto file = typed / "text";
    keep_running("exec foot sh -c 'cat > " + file.string() + "'", compositor_->client_env());
    keep_running("while :; do wtype sitting -k Return; sleep 0.3; done", compositor_->client_env());
    // The window a user types into gets the text: read it back.
    ASSERT_TRUE(wait_until([&] { return read_file(file).find("sitting") != std::string::npos; },
                           milliseconds{20000}, "typed text to reach foot"));
    EXPECT_TRUE(cli().wait_for_state("sitting", milliseconds{5000}));
}

// No Wayland idle source at all (here: no compositor answers) on a Wayland session with an
// X server: status says so and what to do, instead of measuring through Xwayland.
TEST_F(DesktopTest, WaylandSessionWithoutAnIdleSourceSaysSoInStatus) {
    XServer xwayland_stand_in;
    session_ = {{"WAYLAND_DISPLAY", (home_ / "wayland-gone").string()},
                {"DISPLAY", xwayland_stand_in.display()}};
    start_daemon();
    const auto status = cli().status();
    EXPECT_EQ(status["idle_backend"], "none");
    const std::string problem = status["idle_problem"];
    EXPECT_NE(problem.find("idle.backend = \"x11\""), std::string::npos) << problem;
    const RunResult text = cli().run({"status"});
    EXPECT_NE(text.out.find("X11 through Xwayland"), std::string::npos) << text.out;
}

// GNOME on Wayland: mutter's IdleMonitor, with input through its RemoteDesktop API.
TEST_F(DesktopTest, GnomeMutterSeesInputAndTheBreakAfterIt) {
    write_config(kPromptAnHourAway);
    ASSERT_TRUE(start_gnome_session());
    start_daemon();
    EXPECT_EQ(cli().status()["idle_backend"], "mutter");
    keep_running(std::string{MUTTER_TYPIST_PATH} + " 300", bus_->env());
    EXPECT_TRUE(cli().wait_for_state("sitting"));
    clients_.clear();  // the user gets up
    EXPECT_TRUE(cli().wait_for_state("away", milliseconds{15000}));
}

}  // namespace
}  // namespace sitbreak::test
