// WaylandIdle's refusals, and what it asks of a compositor, against a stand-in speaking
// ext-idle-notify-v1 with libwayland-server that can send any event at any time. The real
// compositors (KWin 5.27, sway 1.7) run in tests/desktops.
#include "platform/wayland/wayland_idle.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <string>

#include "platform/event_loop.hpp"
#include "client/wall_clock.hpp"
#include "recorders.hpp"
#include "support/loop_runner.hpp"
#include "support/temp_dir.hpp"
#include "support/wait.hpp"
#include "wayland_stand_in.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using platform::WaylandIdle;

// Sets (or with nullopt unsets) an environment variable for one test.
class ScopedEnv {
public:
    ScopedEnv(const char* name, std::optional<std::string> value) : name_{name} {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) {
            ::setenv(name, value->c_str(), 1);
        } else {
            ::unsetenv(name);
        }
    }
    ~ScopedEnv() {
        if (old_) {
            ::setenv(name_, old_->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};

class WaylandIdleTest : public testing::Test {
protected:
    platform::EventLoop loop_;
    IdleRecorder listener_;
    ScopedEnv no_socket_{"WAYLAND_SOCKET", std::nullopt};
};

TEST_F(WaylandIdleTest, OutsideAWaylandSessionSaysSo) {
    ScopedEnv display{"WAYLAND_DISPLAY", std::nullopt};
    platform::IdleProbe probe;
    EXPECT_NO_THROW(probe = WaylandIdle::create(loop_, listener_, 5min));
    EXPECT_EQ(probe.source, nullptr);
    EXPECT_EQ(probe.problem, "WAYLAND_DISPLAY is not set: this is not a Wayland session");
}

TEST_F(WaylandIdleTest, WithoutACompositorSaysSo) {
    TempDir runtime{"wayland"};
    ScopedEnv dir{"XDG_RUNTIME_DIR", runtime.path().string()};
    ScopedEnv display{"WAYLAND_DISPLAY", "wayland-sitbreak-test"};
    platform::IdleProbe probe;
    EXPECT_NO_THROW(probe = WaylandIdle::create(loop_, listener_, 5min));
    EXPECT_EQ(probe.source, nullptr);
    EXPECT_NE(probe.problem.find("cannot connect to the Wayland compositor at "
                                 "wayland-sitbreak-test"),
              std::string::npos)
        << probe.problem;
}

TEST_F(WaylandIdleTest, ACompositorThatDoesNotAnswerIsGivenUpOn) {
    // A socket that accepts connections into its backlog and never reads them.
    TempDir runtime{"wayland"};
    ScopedEnv dir{"XDG_RUNTIME_DIR", runtime.path().string()};
    ScopedEnv display{"WAYLAND_DISPLAY", "wayland-mute"};
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const auto path = (runtime / "wayland-mute").string();
    path.copy(address.sun_path, sizeof address.sun_path - 1);
    ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(::listen(listener, 4), 0);
    const auto probe = WaylandIdle::create(loop_, listener_, 5min);
    ::close(listener);
    EXPECT_EQ(probe.source, nullptr);
    EXPECT_EQ(probe.problem, "the Wayland compositor did not answer within 2 s");
}

TEST_F(WaylandIdleTest, ACompositorWithoutIdleNotifySaysSo) {
    WaylandStandIn compositor{false};
    const auto probe = WaylandIdle::create(loop_, listener_, 5min);
    EXPECT_EQ(probe.source, nullptr);
    EXPECT_NE(probe.problem.find("does not offer ext-idle-notify-v1"), std::string::npos)
        << probe.problem;
}

class WithCompositor : public WaylandIdleTest {
protected:
    void SetUp() override {
        probe_ = WaylandIdle::create(loop_, listener_, 5min);
        ASSERT_NE(probe_.source, nullptr) << probe_.problem;
    }
    // The compositor's side changes in its own thread: poll between loop slices.
    testing::AssertionResult eventually(const std::function<bool()>& condition,
                                        std::string_view what) {
        return wait_until(
            [&] {
                runner_.run_for(milliseconds{10});
                return condition();
            },
            milliseconds{10000}, what, milliseconds{1});
    }

    WaylandStandIn compositor_{true};
    platform::IdleProbe probe_;
    LoopRunner runner_{loop_};
};

// At start: one watch at the threshold, and a 1-ms one for the first input.
std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> timeouts) {
    std::sort(timeouts.begin(), timeouts.end());
    return timeouts;
}

TEST_F(WithCompositor, AsksToBeToldAfterTheThresholdAndAtTheFirstInput) {
    EXPECT_EQ(probe_.source->name(), "wayland");
    EXPECT_EQ(probe_.source->idle_time(), std::nullopt);
    ASSERT_TRUE(eventually([&] { return compositor_.notifications().size() == 2; },
                           "two idle notifications"));
    EXPECT_EQ(sorted(compositor_.notifications()), (std::vector<std::uint32_t>{1, 300'000}));
}

TEST_F(WithCompositor, ReportsTheFirstInputThenIdledAndResumed) {
    ASSERT_TRUE(eventually([&] { return compositor_.notifications().size() == 2; },
                           "two idle notifications"));
    const auto before = client::wall_now();
    // Away at start; any input, even with no "idled" before it, is the user.
    compositor_.user_resumes();
    ASSERT_TRUE(eventually([&] { return listener_.active_at.size() == 1; }, "active"));
    // The 1-ms watch gives way to a 1-s one that answers for the idle time.
    ASSERT_TRUE(eventually(
        [&] {
            return sorted(compositor_.notifications()) == std::vector<std::uint32_t>{1000, 300'000};
        },
        "a 1-s notification in place of the 1-ms one"));
    EXPECT_EQ(probe_.source->idle_time(), core::Duration{0});
    compositor_.user_idles();
    ASSERT_TRUE(eventually([&] { return listener_.idle_since.size() == 1; }, "idle"));
    EXPECT_GE(listener_.idle_since[0], before - 5min);
    EXPECT_LE(listener_.idle_since[0], client::wall_now() - 5min);
    EXPECT_EQ(probe_.source->idle_time(), std::nullopt);
    compositor_.user_resumes();
    ASSERT_TRUE(eventually([&] { return listener_.active_at.size() == 2; }, "active again"));
    EXPECT_GE(listener_.active_at[1], before);
}

TEST_F(WithCompositor, ANewThresholdMakesANewNotification) {
    ASSERT_TRUE(eventually([&] { return compositor_.notifications().size() == 2; },
                           "two idle notifications"));
    compositor_.user_resumes();
    ASSERT_TRUE(eventually([&] { return listener_.active_at.size() == 1; }, "active"));
    probe_.source->set_threshold(10min);
    ASSERT_TRUE(eventually(
        [&] {
            return sorted(compositor_.notifications()) == std::vector<std::uint32_t>{1000, 600'000};
        },
        "the old notification replaced by one at 10 min"));
    compositor_.user_idles();
    ASSERT_TRUE(eventually([&] { return listener_.idle_since.size() == 1; }, "idle"));
    EXPECT_LE(listener_.idle_since[0], client::wall_now() - 10min);
}

TEST_F(WithCompositor, LosingTheCompositorIsSurvived) {
    ASSERT_TRUE(eventually([&] { return compositor_.notifications().size() == 2; },
                           "two idle notifications"));
    compositor_.drop_clients();
    // The hang-up wakes the loop once; the source then goes quiet instead of spinning.
    runner_.run_for(milliseconds{200});
    EXPECT_LE(runner_.run_for(milliseconds{200}), 1);
    EXPECT_NO_THROW(probe_.source->set_threshold(10min));
    EXPECT_TRUE(listener_.idle_since.empty());
    probe_ = {};
}

}  // namespace
}  // namespace sitbreak::test
