#include "tray/windows/prefs_form.hpp"

#include <gtest/gtest.h>

namespace sitbreak::tray {
namespace {

using namespace std::chrono_literals;
using std::chrono::Monday;
using std::chrono::Saturday;

bool has_error(const FormResult& result, const std::string& key) {
    for (const FieldError& error : result.errors) {
        if (error.key == key && !error.message.empty()) return true;
    }
    return false;
}

TEST(PrefsForm, UnchangedFieldsGiveBackTheSameSettings) {
    const config::Settings defaults;
    const FormResult result = apply_form(form_from(defaults), defaults);
    ASSERT_TRUE(result.ok()) << result.errors.front().message;
    EXPECT_EQ(result.settings, defaults);
}

TEST(PrefsForm, AppliesEditedFieldsAndKeepsTheRest) {
    config::Settings base;
    base.idle_backend = config::IdleBackend::x11;
    base.rules.repeat_every = 3min;
    base.quiet_when.fullscreen = false;
    PrefsForm form = form_from(base);
    form.sitting_limit = " 45m ";
    form.snooze = "1h30m";
    form.daily_goal = 8;
    form.hours[0] = "09:00-12:00, 13:00-17:30";
    form.hours[5] = "";
    form.prompt_style = config::PromptStyle::popup;
    form.bridges = false;
    form.wait_for_pause = "0s";
    form.max_wait = "2m";
    form.escalate = true;
    const FormResult result = apply_form(form, base);
    ASSERT_TRUE(result.ok()) << result.errors.front().message;
    const config::Settings& s = result.settings;
    EXPECT_EQ(s.rules.limit, 45min);
    EXPECT_EQ(s.rules.snooze, 90min);
    EXPECT_EQ(s.rules.wait_for_pause, 0s);
    EXPECT_EQ(s.rules.max_wait, 2min);
    EXPECT_TRUE(s.rules.escalate);
    EXPECT_EQ(s.rules.daily_goal, 8);
    ASSERT_EQ(s.rules.hours.on(Monday).size(), 2u);
    EXPECT_EQ(s.rules.hours.on(Monday)[1].end, 17h + 30min);
    EXPECT_TRUE(s.rules.hours.on(Saturday).empty());
    EXPECT_EQ(s.prompt_style, config::PromptStyle::popup);
    EXPECT_EQ(s.exercises, std::vector<core::ExerciseId>{"squeeze"});
    EXPECT_EQ(s.idle_backend, config::IdleBackend::x11);
    EXPECT_EQ(s.rules.repeat_every, 3min);
    EXPECT_FALSE(s.quiet_when.fullscreen);
    EXPECT_EQ(format_hours(s.rules.hours.on(Monday)), "09:00-12:00, 13:00-17:30");
}

TEST(PrefsForm, NamesEachBadFieldWithoutStoppingAtTheFirst) {
    PrefsForm form = form_from(config::Settings{});
    form.sitting_limit = "an hour";
    form.break_after = "0s";
    form.snooze = "25h";
    form.max_snoozes = 21;
    form.wait_for_pause = "5m";  // past its 1m
    form.hours[1] = "9-17";
    form.bridges = false;
    form.squeeze = false;
    const FormResult result = apply_form(form, config::Settings{});
    EXPECT_FALSE(result.ok());
    for (const char* key : {"sitting.limit", "sitting.break_after", "prompt.snooze",
                            "prompt.max_snoozes", "prompt.wait_for_pause", "schedule.tuesday",
                            "prompt.exercises"}) {
        EXPECT_TRUE(has_error(result, key)) << key;
    }
    EXPECT_FALSE(has_error(result, "goals.daily"));
}

TEST(PrefsForm, TheDaemonsOwnRulesRefuseOverlappingHours) {
    PrefsForm form = form_from(config::Settings{});
    form.hours[2] = "09:00-13:00, 12:00-17:00";
    const FormResult result = apply_form(form, config::Settings{});
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].key, "schedule.wednesday");
    EXPECT_NE(result.errors[0].message.find("overlap"), std::string::npos);
}

TEST(PrefsForm, KeepsTheOrderTheFileOffersExercisesIn) {
    config::Settings base;
    base.exercises = {"squeeze", "bridges"};
    const FormResult result = apply_form(form_from(base), base);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.settings.exercises, base.exercises);
}

}  // namespace
}  // namespace sitbreak::tray
