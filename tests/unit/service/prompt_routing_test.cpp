// Where a prompt goes (DESIGN §9: the tray while it is there and prompt.style allows, else
// a notification), and notification actions that arrive too late.
#include "service_harness.hpp"

namespace sitbreak::test {
namespace {

TEST_F(ServiceTest, WithoutATrayThePromptIsANotificationAndTheBusHearsOfIt) {
    start();
    type_for(minutes{10} + seconds{5});
    ASSERT_EQ(state(), core::State::prompting);
    ASSERT_EQ(publisher_.opened.size(), 1u);
    ASSERT_EQ(presenter_.shown.size(), 1u);
    EXPECT_EQ(presenter_.shown[0].prompt, publisher_.opened[0]);
    EXPECT_EQ(presenter_.shown[0].summary, "Time to stand up");
    EXPECT_TRUE(presenter_.shown[0].can_snooze);
    EXPECT_EQ(status().notifications, "desktop notifications");
}

TEST_F(ServiceTest, WithATrayThePromptIsTheTraysAndItsLeavingBringsTheNotification) {
    start();
    service_->tray_changed(true);
    service_->tray_popup_changed(true);
    type_for(minutes{10} + seconds{5});
    ASSERT_EQ(publisher_.opened.size(), 1u);
    EXPECT_TRUE(presenter_.shown.empty());
    EXPECT_EQ(status().notifications, "tray");
    service_->tray_changed(false);  // the tray crashed with the prompt open
    ASSERT_EQ(presenter_.shown.size(), 1u);
    EXPECT_EQ(presenter_.shown[0].prompt, publisher_.opened[0]);
    service_->tray_changed(true);
    EXPECT_EQ(presenter_.closes, 1) << "the tray shows it again: the bubble goes";
}

TEST_F(ServiceTest, PromptStyleNotificationIgnoresTheTray) {
    auto settings = short_settings();
    settings.prompt_style = config::PromptStyle::notification;
    start(settings);
    service_->tray_changed(true);
    type_for(minutes{10} + seconds{5});
    EXPECT_EQ(presenter_.shown.size(), 1u);
}

// GNOME on Wayland: the tray is there, but nothing keeps its popup off the keyboard.
TEST_F(ServiceTest, AutoLeavesNoPromptToATrayWhosePopupCouldTakeTheKeyboard) {
    start();
    service_->tray_changed(true);
    type_for(minutes{10} + seconds{5});
    ASSERT_EQ(presenter_.shown.size(), 1u);
    service_->tray_popup_changed(true);  // e.g. a tray that started on a layer-shell compositor
    EXPECT_EQ(presenter_.closes, 1);
}

TEST_F(ServiceTest, PromptStylePopupLeavesPromptsToAnyTray) {
    auto settings = short_settings();
    settings.prompt_style = config::PromptStyle::popup;
    start(settings);
    service_->tray_changed(true);
    type_for(minutes{10} + seconds{5});
    EXPECT_TRUE(presenter_.shown.empty());
}

// One title everywhere; the body says how long only once there is a minute to tell, and
// stays short enough for a 400-px bubble (issue 13).
TEST_F(ServiceTest, ThePromptTellsTheSittingTimeOnlyPastAMinute) {
    start();
    type_for(seconds{5});
    ASSERT_FALSE(service_->prompt_now().has_value());
    ASSERT_EQ(presenter_.shown.size(), 1u);
    EXPECT_EQ(presenter_.shown[0].summary, "Time to stand up");
    EXPECT_EQ(presenter_.shown[0].body, "Time for 10 glute bridges or a 30-second glute squeeze.");
    inputs_.notification_action(presenter_.shown[0].prompt, "skip");
    type_for(minutes{10} + seconds{5});
    ASSERT_EQ(presenter_.shown.size(), 2u);
    EXPECT_EQ(presenter_.shown[1].body,
              "Sitting for 10m: time for 10 glute bridges or a 30-second glute squeeze.");
}

TEST_F(ServiceTest, AnActionFromAnOldBubbleIsDropped) {
    start();
    type_for(minutes{10} + seconds{5});
    const core::PromptId first = publisher_.opened.at(0);
    inputs_.notification_action(first, "skip");
    ASSERT_EQ(state(), core::State::sitting);
    type_for(minutes{10} + seconds{5});
    ASSERT_EQ(publisher_.opened.size(), 2u);
    inputs_.notification_action(first, "bridges");  // a bubble of the first prompt
    EXPECT_EQ(state(), core::State::prompting);
    EXPECT_EQ(status().today_done, 0);
    inputs_.notification_action(publisher_.opened[1], "bridges");
    EXPECT_EQ(state(), core::State::sitting);
    EXPECT_EQ(status().today_done, 1);
}

}  // namespace
}  // namespace sitbreak::test
