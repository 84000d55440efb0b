// Both X11 idle backends against a real Xvfb with real input (xdotool): idle after the
// threshold, active at the first input, silence while input keeps coming, and the cases a
// transition alarm gets wrong (already idle at start, threshold changed).
#include <gtest/gtest.h>

#include <memory>

#include "client/wall_clock.hpp"
#include "platform/x11/screensaver_idle.hpp"
#include "platform/x11/xsync_idle.hpp"
#include "support/loop_runner.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"
#include "x11_test_support.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using platform::IdleSource;
using client::wall_now;

enum class Backend { xsync, screensaver };

// Polling while idle every 200 ms keeps the fallback's tests short.
constexpr auto away_check = 200ms;

std::chrono::milliseconds since(Steady::time_point start, Steady::time_point end = Steady::now()) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(end - start);
}

class IdleSourceTest : public testing::TestWithParam<Backend> {
protected:
    static void SetUpTestSuite() { server_ = std::make_unique<XServer>(); }
    static void TearDownTestSuite() { server_.reset(); }

    void SetUp() override {
        x_ = connect(loop_, server_->display());
        nudge();
    }

    static const std::string& display() { return server_->display(); }

    void nudge() {
        nudge_mouse(display());
        input_at_ = Steady::now();
        input_wall_ = wall_now();
    }

    std::unique_ptr<IdleSource> open(core::Duration threshold) {
        std::string problem;
        std::unique_ptr<IdleSource> source;
        if (GetParam() == Backend::xsync) {
            source = platform::XSyncIdle::create(*x_, loop_, listener_, threshold, problem);
        } else {
            source = platform::ScreenSaverIdle::create(*x_, loop_, listener_, threshold, problem,
                                                       away_check);
        }
        if (!source) throw std::runtime_error{problem};
        return source;
    }

    bool wait_for_reports(std::size_t count, std::chrono::milliseconds timeout) {
        return runner_.run_until([&] { return listener_.reports.size() >= count; }, timeout);
    }

    static std::unique_ptr<XServer> server_;
    platform::EventLoop loop_;
    LoopRunner runner_{loop_};
    std::unique_ptr<platform::X11Connection> x_;
    RecordingIdleListener listener_;
    std::unique_ptr<IdleSource> source_;  // after x_: goes first
    Steady::time_point input_at_;
    core::TimePoint input_wall_;
};

std::unique_ptr<XServer> IdleSourceTest::server_;

TEST_P(IdleSourceTest, IdleAfterTheThresholdThenActiveAtTheFirstInput) {
    source_ = open(1s);
    EXPECT_EQ(source_->name(), GetParam() == Backend::xsync ? "x11-xsync" : "x11-screensaver");

    ASSERT_TRUE(wait_for_reports(1, 4s));
    const auto idle = listener_.reports[0];
    EXPECT_TRUE(idle.idle);
    EXPECT_GE(since(input_at_, idle.seen), 950ms);
    EXPECT_LE(since(input_at_, idle.seen), 2500ms);
    // `since` is the last input, to the second.
    EXPECT_LE(std::chrono::abs(idle.at - input_wall_), 1s);
    EXPECT_GE(source_->idle_time().value_or(0s), 1s);

    nudge();
    ASSERT_TRUE(wait_for_reports(2, 2s)) << "no user_active after the first input";
    EXPECT_FALSE(listener_.reports[1].idle);
    EXPECT_LE(std::chrono::abs(listener_.reports[1].at - wall_now()), 1s);
    EXPECT_LE(source_->idle_time().value_or(99s), 1s);

    // And again: the alarms were re-armed.
    ASSERT_TRUE(wait_for_reports(3, 4s));
    EXPECT_TRUE(listener_.reports[2].idle);
    EXPECT_GE(since(input_at_, listener_.reports[2].seen), 950ms);
}

TEST_P(IdleSourceTest, SilentWhileInputKeepsComing) {
    source_ = open(2s);
    runner_.run_for(100ms);  // the start-up check
    auto typing = type_keys(display(), 20, 150ms);
    const int wakeups = runner_.run_for(2800ms);
    EXPECT_TRUE(listener_.reports.empty());
    if (GetParam() == Backend::xsync) {
        // DESIGN §12: nothing wakes the daemon while the user types.
        EXPECT_EQ(wakeups, 0);
    } else {
        // One query per threshold at most.
        EXPECT_LE(wakeups, 2);
    }
    ASSERT_TRUE(typing.wait_for_exit(5s));
    input_at_ = Steady::now();
    ASSERT_TRUE(wait_for_reports(1, 4s));
    EXPECT_TRUE(listener_.reports[0].idle);
    EXPECT_GE(since(input_at_, listener_.reports[0].seen), 1800ms);
}

TEST_P(IdleSourceTest, IdleAtOnceWhenAlreadyIdlePastTheThreshold) {
    {
        auto probe = open(1h);
        ASSERT_TRUE(wait_until([&] { return probe->idle_time().value_or(0s) >= 2s; }, 5s,
                               "two idle seconds"));
    }
    const auto start = Steady::now();
    source_ = open(1s);
    ASSERT_TRUE(wait_for_reports(1, 2s));
    EXPECT_TRUE(listener_.reports[0].idle);
    EXPECT_LE(since(start, listener_.reports[0].seen), 300ms);
    EXPECT_LE(std::chrono::abs(listener_.reports[0].at - input_wall_), 1s);
}

TEST_P(IdleSourceTest, SetThresholdTakesEffect) {
    source_ = open(60s);
    runner_.run_for(1200ms);
    EXPECT_TRUE(listener_.reports.empty());
    // Lowered below the idle time already reached: idle now, not at the next transition.
    const auto lowered = Steady::now();
    source_->set_threshold(1s);
    ASSERT_TRUE(wait_for_reports(1, 1s));
    EXPECT_TRUE(listener_.reports[0].idle);
    EXPECT_LE(since(lowered, listener_.reports[0].seen), 300ms);

    nudge();
    ASSERT_TRUE(wait_for_reports(2, 2s));
    EXPECT_FALSE(listener_.reports[1].idle);
    source_->set_threshold(3s);
    ASSERT_TRUE(wait_for_reports(3, 5s));
    EXPECT_TRUE(listener_.reports[2].idle);
    EXPECT_GE(since(input_at_, listener_.reports[2].seen), 2950ms);
}

INSTANTIATE_TEST_SUITE_P(X11, IdleSourceTest, testing::Values(Backend::xsync, Backend::screensaver),
                         [](const testing::TestParamInfo<Backend>& info) {
                             return info.param == Backend::xsync ? "XSync" : "ScreenSaver";
                         });

}  // namespace
}  // namespace sitbreak::test
