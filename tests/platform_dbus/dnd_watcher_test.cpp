// DndWatcher against dunst's `paused` (real dunst on Xvfb) and against a stand-in server
// offering `Inhibited` the way GNOME and KDE do (neither runs headless here).
#include "platform/dbus/dnd_watcher.hpp"

#include <gtest/gtest.h>
#include <sdbus-c++/IObject.h>

#include <memory>

#include "bus_harness.hpp"
#include "recorders.hpp"
#include "support/dunst.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {
namespace {

using platform::DndWatcher;
using Changes = std::vector<std::pair<core::Quiet, bool>>;

// org.freedesktop.Notifications with an Inhibited property and nothing else.
class InhibitingServer {
public:
    explicit InhibitingServer(BusHarness& harness, bool inhibited)
        : connection_{sdbus::createSessionBusConnectionWithAddress(harness.address())},
          attachment_{harness.loop().attach(*connection_)},
          object_{sdbus::createObject(*connection_, "/org/freedesktop/Notifications")},
          inhibited_{inhibited} {
        object_->registerProperty("Inhibited")
            .onInterface("org.freedesktop.Notifications")
            .withGetter([this] { return inhibited_; });
        object_->finishRegistration();
        connection_->requestName("org.freedesktop.Notifications");
    }
    void set(bool inhibited) {
        inhibited_ = inhibited;
        object_->emitPropertiesChangedSignal("org.freedesktop.Notifications", {"Inhibited"});
    }

private:
    std::unique_ptr<sdbus::IConnection> connection_;
    platform::EventLoop::BusAttachment attachment_;
    std::unique_ptr<sdbus::IObject> object_;
    bool inhibited_;
};

class DndWatcherTest : public testing::Test {
protected:
    static void SetUpTestSuite() { x_ = new XServer; }
    static void TearDownTestSuite() {
        delete x_;
        x_ = nullptr;
    }

    void start_dunst() { dunst_ = std::make_unique<Dunst>(x_->display(), harness_.address()); }
    void set_paused(bool paused) {
        ASSERT_EQ(dunst_->dunstctl({"set-paused", paused ? "true" : "false"}).exit_code, 0);
    }
    void watch() { watcher_ = std::make_unique<DndWatcher>(harness_.connection(), listener_); }

    static XServer* x_;
    BusHarness harness_;
    std::unique_ptr<Dunst> dunst_;
    QuietRecorder listener_;
    std::unique_ptr<DndWatcher> watcher_;
};

XServer* DndWatcherTest::x_ = nullptr;

TEST_F(DndWatcherTest, FollowsDunstPaused) {
    start_dunst();
    watch();
    harness_.settle();
    EXPECT_TRUE(listener_.changes.empty());
    set_paused(true);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 1; }));
    EXPECT_TRUE(watcher_->on());
    set_paused(false);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 2; }));
    EXPECT_EQ(listener_.changes, (Changes{{core::Quiet::dnd, true}, {core::Quiet::dnd, false}}));
    EXPECT_FALSE(watcher_->on());
}

TEST_F(DndWatcherTest, ReportsDunstAlreadyPausedAtStart) {
    start_dunst();
    set_paused(true);
    watch();
    ASSERT_TRUE(harness_.run_until([&] { return !listener_.changes.empty(); }));
    EXPECT_EQ(listener_.changes, (Changes{{core::Quiet::dnd, true}}));
}

TEST_F(DndWatcherTest, EndsQuietWhenThePausedServerGoesAway) {
    start_dunst();
    set_paused(true);
    watch();
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 1; }));
    dunst_.reset();
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 2; }));
    EXPECT_EQ(listener_.changes.back(), std::make_pair(core::Quiet::dnd, false));
}

TEST_F(DndWatcherTest, FollowsInhibitedWhereTheServerOffersIt) {
    InhibitingServer server{harness_, true};
    watch();
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 1; }));
    server.set(false);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 2; }));
    server.set(true);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 3; }));
    EXPECT_EQ(
        listener_.changes,
        (Changes{{core::Quiet::dnd, true}, {core::Quiet::dnd, false}, {core::Quiet::dnd, true}}));
}

TEST_F(DndWatcherTest, NeverQuietWithoutAServerAndPicksOneUpLater) {
    EXPECT_NO_THROW(watch());
    harness_.settle();
    EXPECT_TRUE(listener_.changes.empty());
    EXPECT_FALSE(watcher_->on());
    InhibitingServer server{harness_, true};
    ASSERT_TRUE(harness_.run_until([&] { return listener_.changes.size() == 1; }));
    EXPECT_TRUE(watcher_->on());
}

}  // namespace
}  // namespace sitbreak::test
