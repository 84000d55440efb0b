// The defaults: what Settings{} holds, what the key table documents, what an empty file gives.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "config/keys.hpp"
#include "config/load.hpp"
#include "config/settings.hpp"

namespace sitbreak::config {
namespace {

using namespace std::chrono_literals;
using std::chrono::weekday;

TEST(Defaults, EveryKeyHasItsDocumentedDefault) {
    const Settings s;
    EXPECT_EQ(s.rules.limit, 60min);
    EXPECT_EQ(s.rules.break_after, 5min);
    EXPECT_TRUE(s.rules.lock_is_break);
    EXPECT_EQ(s.exercises, (std::vector<std::string>{"bridges", "squeeze"}));
    EXPECT_EQ(s.rules.snooze, 10min);
    EXPECT_EQ(s.rules.max_snoozes, 3);
    EXPECT_EQ(s.rules.repeat_every, 10min);
    EXPECT_EQ(s.rules.wait_for_pause, 3s);
    EXPECT_EQ(s.rules.max_wait, 60s);
    EXPECT_FALSE(s.rules.escalate);
    EXPECT_EQ(s.rules.escalate_after, 3);
    EXPECT_EQ(s.rules.escalate_step, 10min);
    EXPECT_EQ(s.prompt_style, PromptStyle::automatic);
    for (unsigned day = 0; day < 7; ++day) {
        EXPECT_EQ(s.rules.hours.on(weekday{day}), (std::vector{core::TimeRange{0min, 24h}}));
    }
    EXPECT_EQ(s.quiet_when, (QuietWhen{true, true, true}));
    EXPECT_EQ(s.rules.daily_goal, 5);
    EXPECT_EQ(s.rules.day_starts_at, 4h);
    EXPECT_EQ(s.idle_backend, IdleBackend::automatic);
    EXPECT_EQ(s.rules.min_activity, 2s);
    EXPECT_EQ(s.log_level, LogLevel::info);
}

TEST(Defaults, EmptyFileGivesDefaults) {
    const LoadResult result = load_string("", "config.toml");
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.settings, Settings{});
}

TEST(Defaults, EmptySectionsGiveDefaults) {
    const LoadResult result =
        load_string("[sitting]\n[prompt]\n[schedule]\n[goals]\n[programme]\n[idle]\n[log]\n",
                    "config.toml");
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.settings, Settings{});
}

TEST(Defaults, KeysAreTheDesignedOnesInFileOrder) {
    std::vector<std::string> names;
    for (const KeyInfo& key : keys()) names.emplace_back(key.name);
    EXPECT_EQ(names, (std::vector<std::string>{
                         "sitting.limit", "sitting.break_after", "sitting.lock_is_break",
                         "prompt.exercises", "prompt.snooze", "prompt.max_snoozes",
                         "prompt.repeat_every", "prompt.wait_for_pause", "prompt.max_wait",
                         "prompt.escalate", "prompt.escalate_after", "prompt.escalate_step",
                         "prompt.style", "prompt.sound", "schedule.monday",
                         "schedule.tuesday", "schedule.wednesday", "schedule.thursday",
                         "schedule.friday", "schedule.saturday", "schedule.sunday",
                         "schedule.quiet_when", "goals.daily", "goals.day_starts_at", "programme.sessions_per_week", "programme.week_starts",
                         "programme.suggest_after", "programme.progress_after",
                         "idle.backend", "idle.min_activity", "log.level"}));
    for (const KeyInfo& key : keys()) {
        EXPECT_FALSE(key.help.empty()) << key.name;
        EXPECT_EQ(key.help.find('\n'), std::string_view::npos) << key.name;
    }
}

class DocumentedDefault : public testing::TestWithParam<KeyInfo> {};

// The default text in the key table is what the loader makes of it: Settings{}.
TEST_P(DocumentedDefault, LoadsAsTheDefault) {
    const std::string name{GetParam().name};
    const auto dot = name.find('.');
    const std::string text = "[" + name.substr(0, dot) + "]\n" + name.substr(dot + 1) + " = " +
                             std::string{GetParam().default_text} + "\n";
    const LoadResult result = load_string(text, "config.toml");
    ASSERT_TRUE(result.ok()) << text << result.errors.front().to_string();
    EXPECT_EQ(result.settings, Settings{}) << text;
}

INSTANTIATE_TEST_SUITE_P(Keys, DocumentedDefault, testing::ValuesIn(keys().begin(), keys().end()),
                         [](const testing::TestParamInfo<KeyInfo>& info) {
                             std::string name{info.param.name};
                             for (char& c : name) {
                                 if (c == '.') c = '_';
                             }
                             return name;
                         });

TEST(Names, RoundTripThroughStrings) {
    for (const auto name : prompt_style_names()) {
        EXPECT_EQ(to_string(*prompt_style_from_string(name)), name);
    }
    for (const auto name : idle_backend_names()) {
        EXPECT_EQ(to_string(*idle_backend_from_string(name)), name);
    }
    for (const auto name : log_level_names()) {
        EXPECT_EQ(to_string(*log_level_from_string(name)), name);
    }
    EXPECT_EQ(to_string(PromptStyle::automatic), "auto");
    EXPECT_EQ(to_string(IdleBackend::automatic), "auto");
    EXPECT_EQ(prompt_style_from_string("automatic"), std::nullopt);
    EXPECT_EQ(log_level_from_string("INFO"), std::nullopt);
}

TEST(Names, QuietWhenFromAndToNames) {
    EXPECT_EQ(to_names(QuietWhen{true, true, true}),
              (std::vector<std::string_view>{"dnd", "fullscreen", "call"}));
    EXPECT_EQ(to_names(QuietWhen{false, true, false}), (std::vector<std::string_view>{"fullscreen"}));
    EXPECT_TRUE(to_names(QuietWhen{false, false, false}).empty());
    const std::vector<std::string_view> both{"call", "fullscreen", "dnd"};
    EXPECT_EQ(quiet_when_from_names(both), (QuietWhen{true, true, true}));
    const std::vector<std::string_view> call{"call"};
    EXPECT_EQ(quiet_when_from_names(call), (QuietWhen{false, false, true}));
    EXPECT_EQ(quiet_when_from_names({}), (QuietWhen{false, false, false}));
    const std::vector<std::string_view> twice{"dnd", "dnd"};
    EXPECT_EQ(quiet_when_from_names(twice), std::nullopt);
    const std::vector<std::string_view> unknown{"sleep"};
    EXPECT_EQ(quiet_when_from_names(unknown), std::nullopt);
}

}  // namespace
}  // namespace sitbreak::config
