// The connection itself: events reach the handlers in order, a subscription ends with its
// object, and a dying X server is reported instead of Xlib's exit(1).
#include <gtest/gtest.h>

#include "platform/x11/x11_idle.hpp"
#include "support/loop_runner.hpp"
#include "support/x_server.hpp"
#include "test_window.hpp"
#include "x11_test_support.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;

TEST(X11Connection, SaysWhyItCannotConnect) {
    platform::EventLoop loop;
    std::string problem;
    EXPECT_FALSE(platform::X11Connection::open(loop, problem, ":4242"));
    EXPECT_NE(problem.find(":4242"), std::string::npos) << problem;
}

TEST(X11Connection, HandlersSeeEventsInOrderUntilOneTakesThem) {
    XServer server;
    platform::EventLoop loop;
    LoopRunner runner{loop};
    auto x = connect(loop, server.display());
    select_root_property_changes(x->display());
    x->drain();  // sends the request now, before the window below changes anything

    int first = 0;
    int second = 0;
    int third = 0;
    auto one =
        x->add_handler([&](XEvent& event) { return is_property_notify(event) && ++first < 0; });
    auto two =
        x->add_handler([&](XEvent& event) { return is_property_notify(event) && ++second > 0; });
    auto three =
        x->add_handler([&](XEvent& event) { return is_property_notify(event) && ++third > 0; });

    TestWindow window{server.display()};
    window.write_active_window(window.id());
    ASSERT_TRUE(runner.run_until([&] { return second == 1; }, 2s));
    EXPECT_EQ(first, 1);
    EXPECT_EQ(third, 0) << "the second handler took the event";

    one = {};
    window.write_active_window(0);
    ASSERT_TRUE(runner.run_until([&] { return second == 2; }, 2s));
    EXPECT_EQ(first, 1) << "a dropped subscription still got events";
}

TEST(X11Connection, ALostServerIsReportedNotFatal) {
    XServer server;
    platform::EventLoop loop;
    LoopRunner runner{loop};
    auto x = connect(loop, server.display());
    bool told = false;
    x->on_lost([&] { told = true; });
    RecordingIdleListener listener;
    auto probe = platform::open_x11_idle(*x, loop, listener, std::chrono::seconds{60});
    ASSERT_TRUE(probe.source) << probe.problem;
    runner.run_for(100ms);

    server.kill_server();
    ASSERT_TRUE(runner.run_until([&] { return told; }, 5s));
    EXPECT_TRUE(x->lost());
    EXPECT_FALSE(probe.source->idle_time());
    // The loop goes on, quietly: the dead socket is no longer watched.
    EXPECT_EQ(runner.run_for(300ms), 0);
    probe.source.reset();
    x.reset();  // XCloseDisplay on a dead connection must not exit either
}

}  // namespace
}  // namespace sitbreak::test
