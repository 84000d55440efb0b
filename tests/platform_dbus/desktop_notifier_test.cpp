// DesktopNotifier against a real notification server: dunst 1.9 on Xvfb, on a private
// session bus. Actions are chosen through dunst's context menu (DESIGN §13).
#include "platform/dbus/desktop_notifier.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "bus_harness.hpp"
#include "recorders.hpp"
#include "support/dunst.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using platform::DesktopNotifier;
using platform::PromptNotice;

// The catalogue's ids and labels (assets/exercises/catalogue.toml).
PromptNotice notice(core::PromptId prompt, std::string body = "An hour of sitting.",
                    std::vector<std::string> ids = {"bridges", "squeeze"},
                    bool can_snooze = true) {
    std::vector<PromptNotice::Choice> exercises;
    for (const std::string& id : ids) {
        exercises.push_back({id, id == "bridges" ? "Did bridges" : "Did squeeze"});
    }
    return {prompt, "Time to wake your glutes", std::move(body), std::move(exercises), can_snooze,
            ""};
}

class DesktopNotifierTest : public testing::Test {
protected:
    // One X server for the suite: dunst needs one, and nothing here changes it.
    static void SetUpTestSuite() { x_ = new XServer; }
    static void TearDownTestSuite() {
        delete x_;
        x_ = nullptr;
    }

    void start_dunst() { dunst_ = std::make_unique<Dunst>(x_->display(), harness_.address()); }

    // What dunst has on screen with this id, if anything.
    std::optional<Notification> on_screen(std::uint32_t id) const {
        for (auto& shown : dunst_->shown()) {
            if (shown.id == id) return shown;
        }
        return std::nullopt;
    }

    // Shows `n` and waits for the server's id.
    std::uint32_t show(const PromptNotice& n) {
        notifier_->show(n);
        EXPECT_TRUE(harness_.run_until([&] { return notifier_->current_id() != 0; }));
        return notifier_->current_id();
    }

    static XServer* x_;
    BusHarness harness_;
    std::unique_ptr<Dunst> dunst_;
    ActionRecorder listener_;
    std::unique_ptr<DesktopNotifier> notifier_ =
        std::make_unique<DesktopNotifier>(harness_.connection(), listener_);
};

XServer* DesktopNotifierTest::x_ = nullptr;

TEST_F(DesktopNotifierTest, ShowsThePromptWithItsActions) {
    start_dunst();
    const auto id = show(notice(1));
    ASSERT_NE(id, 0U);
    EXPECT_TRUE(notifier_->available());
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    const auto shown = *on_screen(id);
    EXPECT_EQ(shown.app_name, "sitbreak");
    EXPECT_EQ(shown.summary, "Time to wake your glutes");
    EXPECT_EQ(shown.body, "An hour of sitting.");
    const std::map<std::string, std::string> expected{{"bridges", "Did bridges"},
                                                      {"squeeze", "Did squeeze"},
                                                      {"snooze", "Snooze"},
                                                      {"skip", "Skip"}};
    EXPECT_EQ(shown.actions, expected);
}

TEST_F(DesktopNotifierTest, OffersOnlyTheExercisesAndSnoozeTheNoticeAllows) {
    start_dunst();
    const auto id = show(notice(2, "Last one.", {"squeeze"}, false));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    const std::map<std::string, std::string> expected{{"squeeze", "Did squeeze"}, {"skip", "Skip"}};
    EXPECT_EQ(on_screen(id)->actions, expected);
}

TEST_F(DesktopNotifierTest, ShowingAgainReplacesTheBubble) {
    start_dunst();
    const auto first = show(notice(3, "First."));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(first).has_value(); }, "the bubble"));
    notifier_->show(notice(3, "Still sitting."));
    ASSERT_TRUE(harness_.eventually(
        [&] { return on_screen(first) && on_screen(first)->body == "Still sitting."; },
        "the bubble to say \"Still sitting.\""));
    EXPECT_EQ(notifier_->current_id(), first);
    EXPECT_EQ(dunst_->displayed_count(), 1);
}

TEST_F(DesktopNotifierTest, QuickSuccessiveShowsStillLeaveOneBubble) {
    start_dunst();
    // The second and third come before the server has answered the first.
    notifier_->show(notice(4, "One."));
    notifier_->show(notice(4, "Two."));
    notifier_->show(notice(4, "Three."));
    const auto id = [&] {
        EXPECT_TRUE(harness_.run_until([&] { return notifier_->current_id() != 0; }));
        return notifier_->current_id();
    }();
    ASSERT_TRUE(harness_.eventually(
        [&] { return on_screen(id) && on_screen(id)->body == "Three."; }, "the last text"));
    EXPECT_EQ(dunst_->displayed_count(), 1);
}

TEST_F(DesktopNotifierTest, ChoosingAnActionReportsItAndClosesTheBubble) {
    start_dunst();
    const auto id = show(notice(5));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    ASSERT_TRUE(dunst_->choose_action("squeeze", id));
    ASSERT_TRUE(harness_.run_until([&] { return !listener_.actions.empty(); }));
    EXPECT_EQ(listener_.actions,
              (std::vector<std::pair<core::PromptId, std::string>>{{5, "squeeze"}}));
    EXPECT_EQ(notifier_->current_id(), 0U);
    // dunst 1.9 would leave it up; the notifier closes it.
    EXPECT_TRUE(harness_.eventually([&] { return !on_screen(id); }, "the bubble to close"));
}

TEST_F(DesktopNotifierTest, SnoozeAndSkipAreReportedToo) {
    start_dunst();
    auto id = show(notice(6));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    ASSERT_TRUE(dunst_->choose_action("Snooze", id));
    ASSERT_TRUE(harness_.run_until([&] { return listener_.actions.size() == 1; }));
    id = show(notice(6));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    ASSERT_TRUE(dunst_->choose_action("skip", id));
    ASSERT_TRUE(harness_.run_until([&] { return listener_.actions.size() == 2; }));
    EXPECT_EQ(listener_.actions,
              (std::vector<std::pair<core::PromptId, std::string>>{{6, "snooze"}, {6, "skip"}}));
}

TEST_F(DesktopNotifierTest, CloseTakesTheBubbleAway) {
    start_dunst();
    const auto id = show(notice(7));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    notifier_->close();
    EXPECT_EQ(notifier_->current_id(), 0U);
    EXPECT_TRUE(harness_.eventually([&] { return !on_screen(id); }, "the bubble to close"));
    EXPECT_TRUE(listener_.actions.empty());
}

TEST_F(DesktopNotifierTest, CloseBeforeTheServerAnsweredStillCloses) {
    start_dunst();
    notifier_->show(notice(8));
    notifier_->close();  // the Notify is still on its way
    ASSERT_TRUE(harness_.eventually([&] { return dunst_->received().size() == 1; },
                                    "dunst to receive the notification"));
    const auto id = dunst_->received().front().id;
    EXPECT_TRUE(harness_.eventually([&] { return !on_screen(id); }, "the bubble to close"));
    EXPECT_EQ(notifier_->current_id(), 0U);
}

TEST_F(DesktopNotifierTest, ABubbleTheUserDismissedIsForgotten) {
    start_dunst();
    const auto id = show(notice(9));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    ASSERT_EQ(dunst_->dunstctl({"close"}).exit_code, 0);
    ASSERT_TRUE(harness_.run_until([&] { return notifier_->current_id() == 0; }));
    // Shown again (re-notify): a new bubble, since the old one is gone.
    const auto again = show(notice(9));
    EXPECT_TRUE(harness_.eventually([&] { return on_screen(again).has_value(); }, "a new bubble"));
}

TEST_F(DesktopNotifierTest, WithoutAServerItIsUnavailableAndShowsWhenOneAppears) {
    // No dunst, and the private bus activates nothing.
    EXPECT_NO_THROW(notifier_->show(notice(10)));
    harness_.settle();
    EXPECT_FALSE(notifier_->available());
    EXPECT_EQ(notifier_->current_id(), 0U);
    EXPECT_NO_THROW(notifier_->close());
    EXPECT_NO_THROW(notifier_->show(notice(10, "Still there.")));
    harness_.settle();
    EXPECT_FALSE(notifier_->available());

    start_dunst();
    ASSERT_TRUE(harness_.run_until([&] { return notifier_->current_id() != 0; }));
    EXPECT_TRUE(notifier_->available());
    const auto id = notifier_->current_id();
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    EXPECT_EQ(on_screen(id)->body, "Still there.");
}

TEST_F(DesktopNotifierTest, ANewServerGetsANewBubble) {
    start_dunst();
    const auto id = show(notice(11));
    ASSERT_TRUE(harness_.eventually([&] { return on_screen(id).has_value(); }, "the bubble"));
    dunst_.reset();
    ASSERT_TRUE(harness_.run_until([&] { return !notifier_->available(); }));
    EXPECT_EQ(notifier_->current_id(), 0U);
    start_dunst();
    const auto again = show(notice(11));
    EXPECT_TRUE(harness_.eventually([&] { return on_screen(again).has_value(); }, "the bubble"));
}

}  // namespace
}  // namespace sitbreak::test
