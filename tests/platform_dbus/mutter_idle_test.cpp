// MutterIdle. GNOME Shell does not run headless on Debian 12 in CI (it needs a GPU-less
// mutter --headless build and a full GNOME session), so the watches are exercised against
// a stand-in speaking org.gnome.Mutter.IdleMonitor on a private bus.
#include "platform/dbus/mutter_idle.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "bus_harness.hpp"
#include "client/wall_clock.hpp"
#include "recorders.hpp"
#include "stand_ins.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using platform::MutterIdle;

class MutterIdleTest : public testing::Test {
protected:
    BusHarness harness_;
    IdleRecorder listener_;
};

TEST_F(MutterIdleTest, WithoutGnomeShellSaysWhy) {
    platform::IdleProbe probe;
    EXPECT_NO_THROW(probe = MutterIdle::create(harness_.connection(), listener_, 5min));
    EXPECT_EQ(probe.source, nullptr);
    EXPECT_NE(probe.problem.find("not a GNOME session"), std::string::npos) << probe.problem;
}

class WithMutter : public MutterIdleTest {
protected:
    void SetUp() override { create(); }
    void create() {
        probe_ = MutterIdle::create(harness_.connection(), listener_, 5min);
        ASSERT_NE(probe_.source, nullptr) << probe_.problem;
    }
    std::size_t active_watches() {
        std::size_t n = 0;
        for (const auto& w : mutter_->watches()) n += w.interval_ms == 0 ? 1 : 0;
        return n;
    }

    std::unique_ptr<MutterStandIn> mutter_ = std::make_unique<MutterStandIn>(harness_.address());
    platform::IdleProbe probe_;
};

TEST_F(WithMutter, WatchesForIdleAtTheThreshold) {
    EXPECT_EQ(probe_.source->name(), "mutter");
    const auto watches = mutter_->watches();
    ASSERT_EQ(watches.size(), 1U);
    EXPECT_EQ(watches[0].interval_ms, 300'000U);
}

TEST_F(WithMutter, ReportsIdleThenActive) {
    const auto before = client::wall_now();
    mutter_->control("FireIdle");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.idle_since.size() == 1; }));
    EXPECT_GE(listener_.idle_since[0], before - 5min);
    EXPECT_LE(listener_.idle_since[0], client::wall_now() - 5min);
    // Only now does it ask for the next input.
    ASSERT_TRUE(harness_.run_until([&] { return active_watches() == 1; }));
    mutter_->control("FireActive");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.active_at.size() == 1; }));
    EXPECT_GE(listener_.active_at[0], before);
    // And round again.
    mutter_->control("FireIdle");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.idle_since.size() == 2; }));
}

TEST_F(WithMutter, IgnoresWatchesThatAreNotItsOwn) {
    mutter_->control("FireStale", std::uint32_t{999}, harness_.connection().getUniqueName());
    harness_.settle();
    EXPECT_TRUE(listener_.idle_since.empty());
    EXPECT_TRUE(listener_.active_at.empty());
}

TEST_F(WithMutter, ANewThresholdReplacesTheIdleWatch) {
    const auto old_id = mutter_->watches().at(0).id;
    probe_.source->set_threshold(10min);
    ASSERT_TRUE(harness_.run_until([&] {
        const auto watches = mutter_->watches();
        return watches.size() == 1 && watches[0].interval_ms == 600'000U;
    }));
    EXPECT_EQ(mutter_->removed(), std::vector<std::uint32_t>{old_id});
    harness_.settle();
    EXPECT_EQ(mutter_->watches().size(), 1U);
    // The old watch firing late is not idle.
    mutter_->control("FireStale", old_id, harness_.connection().getUniqueName());
    harness_.settle();
    EXPECT_TRUE(listener_.idle_since.empty());
    mutter_->control("FireIdle");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.idle_since.size() == 1; }));
    EXPECT_LE(listener_.idle_since[0], client::wall_now() - 10min);
}

TEST_F(WithMutter, WatchesAgainWhenGnomeShellRestarts) {
    mutter_->control("FireIdle");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.idle_since.size() == 1; }));
    mutter_.reset();
    mutter_ = std::make_unique<MutterStandIn>(harness_.address());
    // The idle watch again, and (the user being idle) the user-active watch.
    ASSERT_TRUE(harness_.run_until([&] { return mutter_->watches().size() == 2; }));
    mutter_->control("FireActive");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.active_at.size() == 1; }));
}

TEST_F(WithMutter, GivesTheIdleTime) {
    mutter_.reset();
    probe_ = {};
    mutter_ = std::make_unique<MutterStandIn>(harness_.address(), 42'500);
    create();
    EXPECT_EQ(probe_.source->idle_time(), std::chrono::seconds{42});
}

TEST_F(WithMutter, ReportsAUserAlreadyIdleAtStart) {
    probe_ = {};
    mutter_.reset();
    mutter_ = std::make_unique<MutterStandIn>(harness_.address(), 20 * 60'000);
    const auto before = client::wall_now();
    create();
    ASSERT_TRUE(harness_.run_until([&] { return listener_.idle_since.size() == 1; }));
    EXPECT_GE(listener_.idle_since[0], before - 20min - 1s);
    EXPECT_LE(listener_.idle_since[0], client::wall_now() - 20min);
    ASSERT_TRUE(harness_.run_until([&] { return active_watches() == 1; }));
}

}  // namespace
}  // namespace sitbreak::test
