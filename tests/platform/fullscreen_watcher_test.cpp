// The fullscreen watcher under a real window manager (openbox) with a window that asks to
// go fullscreen, and without one, where the test writes the EWMH properties itself and
// points _NET_ACTIVE_WINDOW at windows that vanish or never existed.
#include "platform/x11/fullscreen_watcher.hpp"

#include <gtest/gtest.h>

#include "support/loop_runner.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"
#include "test_window.hpp"
#include "x11_test_support.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using platform::FullscreenWatcher;

class FullscreenWatcherTest : public testing::Test {
protected:
    void start(bool window_manager) {
        server_ = std::make_unique<XServer>(window_manager);
        x_ = connect(loop_, server_->display());
    }

    // Openbox focuses a new window, unless it is still starting up: then we ask it, as a
    // taskbar would.
    testing::AssertionResult activate(TestWindow& window) {
        return wait_until(
            [&] {
                if (!window.active()) window.request_activation();
                return window.active();
            },
            3s, "openbox to activate the window");
    }

    // Runs the loop until the watcher has said `count` things.
    bool reports(std::size_t count) {
        return runner_.run_until([&] { return listener_.reports.size() >= count; }, 3s);
    }

    [[nodiscard]] bool said(std::size_t index, bool on) const {
        return index < listener_.reports.size() &&
               listener_.reports[index].reason == core::Quiet::fullscreen &&
               listener_.reports[index].on == on;
    }

    std::unique_ptr<XServer> server_;
    platform::EventLoop loop_;
    LoopRunner runner_{loop_};
    std::unique_ptr<platform::X11Connection> x_;
    RecordingQuietListener listener_;
};

TEST_F(FullscreenWatcherTest, FollowsTheActiveWindowUnderAWindowManager) {
    start(true);
    FullscreenWatcher watcher{*x_, listener_};
    TestWindow player{server_->display()};
    ASSERT_TRUE(activate(player));

    player.request_fullscreen(true);
    ASSERT_TRUE(reports(1));
    EXPECT_TRUE(said(0, true));
    EXPECT_TRUE(watcher.fullscreen());

    // Typing into the fullscreen window changes none of its properties: no wake-ups (once
    // openbox has finished its own property changes for the new state).
    for (int settle = 0; settle < 10 && runner_.run_for(300ms) > 0; ++settle) {
    }
    auto typing = type_keys(server_->display(), 10, 100ms);
    EXPECT_EQ(runner_.run_for(1000ms), 0);
    ASSERT_TRUE(typing.wait_for_exit(5s));

    // Another window takes the focus: not fullscreen; back to the player: fullscreen.
    TestWindow editor{server_->display()};
    editor.request_activation();
    ASSERT_TRUE(reports(2));
    EXPECT_TRUE(said(1, false));
    player.request_activation();
    ASSERT_TRUE(reports(3));
    EXPECT_TRUE(said(2, true));

    player.request_fullscreen(false);
    ASSERT_TRUE(reports(4));
    EXPECT_TRUE(said(3, false));

    player.request_fullscreen(true);
    ASSERT_TRUE(reports(5));
    player.destroy();
    ASSERT_TRUE(reports(6));
    EXPECT_TRUE(said(5, false));
    runner_.run_for(200ms);
    EXPECT_EQ(listener_.reports.size(), 6U) << "reported a state that did not change";
}

TEST_F(FullscreenWatcherTest, ReportsAFullscreenWindowAlreadyThereAtStart) {
    start(true);
    TestWindow player{server_->display()};
    ASSERT_TRUE(activate(player));
    player.request_fullscreen(true);
    ASSERT_TRUE(wait_until(
        [&] {
            return run({"xprop", "-display", server_->display(), "-id", std::to_string(player.id()),
                        "_NET_WM_STATE"})
                       .out.find("FULLSCREEN") != std::string::npos;
        },
        3s, "openbox to make the window fullscreen"));

    FullscreenWatcher watcher{*x_, listener_};
    ASSERT_EQ(listener_.reports.size(), 1U);
    EXPECT_TRUE(said(0, true));
}

TEST_F(FullscreenWatcherTest, ToleratesWindowsThatVanishOrNeverExisted) {
    start(false);
    TestWindow setter{server_->display()};
    FullscreenWatcher watcher{*x_, listener_};

    // An id nobody owns: BadWindow on every request about it, logged, not fatal.
    setter.write_active_window(0x3f00001);
    runner_.run_for(200ms);
    EXPECT_TRUE(listener_.reports.empty());

    TestWindow player{server_->display()};
    player.write_fullscreen_state(true);
    setter.write_active_window(player.id());
    ASSERT_TRUE(reports(1));
    EXPECT_TRUE(said(0, true));

    player.write_fullscreen_state(false);
    ASSERT_TRUE(reports(2));
    EXPECT_TRUE(said(1, false));

    player.write_fullscreen_state(true);
    ASSERT_TRUE(reports(3));
    // Gone, and still named active (as by a window manager that has not caught up yet).
    player.destroy();
    setter.write_active_window(player.id());
    ASSERT_TRUE(reports(4));
    EXPECT_TRUE(said(3, false));
}

}  // namespace
}  // namespace sitbreak::test
