// Where a prompt goes (DESIGN §9: the tray while it is there and prompt.style allows, else
// a notification), and notification actions that arrive too late.
#include <fstream>

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

// DESIGN §14.1: an exercise the user adds is offered in the catalogue's words and labels,
// and counts under its own id; the daemon refuses what a prompt cannot count.
TEST_F(ServiceTest, AnExerciseFromExercisesTomlIsOfferedAndCountsUnderItsId) {
    std::ofstream{dir_ / "exercises.toml"} << R"([wall_sit]
name = "Wall sit"
prompt = "a 20-second wall sit"
label = "Did wall sit"
start = "Start wall sit"
seconds = 20
steps = ["Slide down a wall until your knees are bent."]
feel = "Thighs and glutes."
figures = ["wall_sit.svg"]
micro = true
)";
    auto settings = short_settings();
    settings.exercises = {"squeeze", "wall_sit"};
    start(settings);
    type_for(minutes{10} + seconds{5});
    ASSERT_EQ(presenter_.shown.size(), 1u);
    EXPECT_EQ(presenter_.shown[0].body,
              "Sitting for 10m: time for a 30-second glute squeeze or a 20-second wall sit.");
    ASSERT_EQ(presenter_.shown[0].exercises.size(), 2u);
    EXPECT_EQ(presenter_.shown[0].exercises[1].id, "wall_sit");
    EXPECT_EQ(presenter_.shown[0].exercises[1].label, "Did wall sit");
    inputs_.notification_action(publisher_.opened.at(0), "wall_sit");
    EXPECT_EQ(state(), core::State::sitting);
    EXPECT_EQ(status().today_done, 1);
    EXPECT_EQ(service_->unconfirmable("wall_sit"), std::nullopt);
    EXPECT_EQ(service_->unconfirmable("wal_sit"),
              R"(Unknown exercise "wal_sit"; did you mean "wall_sit"?)");
    EXPECT_EQ(service_->unconfirmable("band_walk"),
              R"("band_walk" is an exercise for sessions, not one a prompt counts.)");
}

// A broken entry in exercises.toml is reported in status and leaves the rest working.
TEST_F(ServiceTest, ABrokenExerciseEntryIsReportedAndTheRestLoads) {
    std::ofstream{dir_ / "exercises.toml"} << "[bridges]\nreps = 12\n\n[oops]\nreps = 0\n";
    start();
    const std::string error = status().exercises_error;
    EXPECT_NE(error.find("exercises.toml:4: oops: a new exercise needs"), std::string::npos)
        << error;
    EXPECT_EQ(service_->catalogue().find("bridges")->dose.amount, 12u);
    EXPECT_EQ(service_->catalogue().find("oops"), nullptr);
}

}  // namespace
}  // namespace sitbreak::test
