// The tray without its daemon (DESIGN §10): it says so with the hollow, crossed-out icon,
// recovers when the daemon comes back (following NameOwnerChanged, never polling), and its
// menu can start the daemon through D-Bus activation.
#include "tray_fixture.hpp"

namespace sitbreak::test {
namespace {

TEST_F(TrayTest, ShowsDaemonGoneAndRecovers) {
    start_daemon();
    start_tray();
    ASSERT_TRUE(
        wait_for_icon([](const IconPixels& p) { return !p.absent(); }, "the daemon's look"));
    daemon_->kill(SIGKILL);  // a crash: no goodbye on the bus but the lost connection
    ASSERT_TRUE(daemon_->wait_for_exit(milliseconds{5000}));
    EXPECT_TRUE(wait_for_icon([](const IconPixels& p) { return p.absent(); }, "the absent look"));
    start_daemon();
    EXPECT_TRUE(
        wait_for_icon([](const IconPixels& p) { return !p.absent(); }, "the daemon's look again"));
}

class ActivatableTrayTest : public TrayTest {
protected:
    [[nodiscard]] bool activatable() const override { return true; }
};

TEST_F(ActivatableTrayTest, MenuStartsTheDaemon) {
    start_tray();
    ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return p.absent(); }, "the absent look"));
    ASSERT_TRUE(choose_from_menu({"a"}));  // Start the sitbreak daemon
    EXPECT_TRUE(wait_for_icon([](const IconPixels& p) { return !p.absent(); },
                              "the icon of a running daemon"));
    EXPECT_EQ(cli({"status"}).exit_code, 0);
}

}  // namespace
}  // namespace sitbreak::test
