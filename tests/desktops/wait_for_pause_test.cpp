// Issue 16 on Wayland compositors as their users run them: a prompt due while the user
// types waits for a pause, through each compositor's own idle API (mutter's IdleMonitor,
// org_kde_kwin_idle on sway 1.7, ext-idle-notify-v1 on KWin), with input injected through
// each compositor's own channel.
#include <chrono>

#include "desktop_fixture.hpp"
#include "support/wait.hpp"

namespace sitbreak::test {
namespace {

using std::chrono::milliseconds;

// Due 6 s into the spell; a pause of 3 s is no break (30 s); max_wait far away.
constexpr const char* kWaitingConfig = R"([sitting]
limit = "6s"
break_after = "30s"

[prompt]
wait_for_pause = "3s"
max_wait = "10m"

[idle]
min_activity = "1s"
)";

class WaitForPauseOnWayland : public DesktopTest {
protected:
    // Typing goes on past the due time and the prompt waits; the typing stops and the
    // prompt opens.
    void expect_the_prompt_at_the_pause() {
        ASSERT_TRUE(cli().wait_for_status(
            [](const nlohmann::json& now) { return now["waiting_for"] == "typing"; },
            "status: prompt waiting for a pause in typing"));
        ASSERT_TRUE(cli().wait_for_status(
            [](const nlohmann::json& now) { return now["sitting_seconds"] >= 12; },
            "six seconds of typing past the due time"));
        EXPECT_EQ(cli().status()["state"], "sitting") << "opened while the user typed";
        clients_.clear();  // the typing stops
        EXPECT_TRUE(cli().wait_for_state("prompting", milliseconds{20000}));
    }
};

TEST_F(WaitForPauseOnWayland, GnomeMutter) {
    write_config(kWaitingConfig);
    ASSERT_TRUE(start_gnome_session());
    start_daemon();
    ASSERT_EQ(cli().status()["idle_backend"], "mutter");
    keep_running(std::string{MUTTER_TYPIST_PATH} + " 300", bus_->env());
    expect_the_prompt_at_the_pause();
}

TEST_F(WaitForPauseOnWayland, Sway) {
    write_config(kWaitingConfig);
    compositor_ = Compositor::sway();
    session_ = {{"WAYLAND_DISPLAY", compositor_->socket()}, {"XDG_CURRENT_DESKTOP", "sway"}};
    start_daemon();
    ASSERT_EQ(cli().status()["idle_backend"], "kde-idle");
    keep_running("exec foot sh -c 'cat > /dev/null'", compositor_->client_env());
    keep_running("while :; do wtype sitting -k Return; sleep 0.3; done", compositor_->client_env());
    expect_the_prompt_at_the_pause();
}

TEST_F(WaitForPauseOnWayland, Kwin) {
    write_config(kWaitingConfig);
    compositor_ = Compositor::kwin(bus_->env());
    session_ = {{"WAYLAND_DISPLAY", compositor_->socket()}, {"XDG_CURRENT_DESKTOP", "KDE"}};
    keep_running(std::string{KWIN_TYPIST_PATH} + " 300", compositor_->client_env());
    start_daemon();
    ASSERT_EQ(cli().status()["idle_backend"], "wayland");
    expect_the_prompt_at_the_pause();
}

}  // namespace
}  // namespace sitbreak::test
