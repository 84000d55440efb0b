// render/save_file: every key written, load(render(s)) == s, atomic replacement, and the
// shipped config.toml is exactly render(Settings{}).
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "config/keys.hpp"
#include "config/load.hpp"
#include "config/save.hpp"
#include "config_test_support.hpp"

namespace sitbreak::config {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;
using test::read_file;
using test::TempDir;
using test::write_file;

// Settings where every key differs from its default.
Settings all_changed() {
    Settings s;
    s.rules.limit = 1h + 30min + 15s;
    s.rules.break_after = 90s;
    s.rules.lock_is_break = false;
    s.exercises = {"squeeze", "bridges"};
    s.rules.snooze = 7min;
    s.rules.max_snoozes = 0;
    s.rules.repeat_every = 45s;
    s.rules.wait_for_pause = 0s;
    s.rules.max_wait = 2min;
    s.rules.escalate = true;
    s.rules.escalate_after = 5;
    s.rules.escalate_step = 15min;
    s.prompt_style = PromptStyle::popup;
    s.prompt_sound = PromptSound::tick;
    s.rules.hours.set(std::chrono::Monday, {{9h, 12h}, {13h, 17h + 30min}});
    s.rules.hours.set(std::chrono::Tuesday, {{8h, 16h}});
    s.rules.hours.set(std::chrono::Wednesday, {{0min, 1min}, {23h + 59min, 24h}});
    s.rules.hours.set(std::chrono::Thursday, {{10h, 11h}, {11h, 12h}});  // touching is fine
    s.rules.hours.set(std::chrono::Friday, {{9h, 13h}});
    s.rules.hours.set(std::chrono::Saturday, {});
    s.rules.hours.set(std::chrono::Sunday, {});
    s.quiet_when = {false, true, false};
    s.rules.daily_goal = 50;
    s.rules.day_starts_at = 23h + 59min;
    s.programme.sessions_per_week = 5;
    s.programme.week_starts = std::chrono::Sunday;
    s.programme.suggest_after = 12h + 30min;
    s.programme.progress_after = 6;
    s.idle_backend = IdleBackend::wayland;
    s.rules.min_activity = 0s;
    s.log_level = LogLevel::trace;
    return s;
}

// "key = value" lines of a rendered file, by dotted key.
std::map<std::string, std::string> values_of(const std::string& text) {
    std::map<std::string, std::string> values;
    std::istringstream in{text};
    std::string section;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[') {
            section = line.substr(1, line.size() - 2);
            continue;
        }
        const auto equals = line.find(" = ");
        values[section + "." + line.substr(0, equals)] = line.substr(equals + 3);
    }
    return values;
}

TEST(Render, WritesEveryKeyUnderItsHelpAndDefault) {
    const std::string text = render(Settings{});
    const auto values = values_of(text);
    ASSERT_EQ(values.size(), keys().size());
    for (const KeyInfo& key : keys()) {
        const std::string leaf{key.name.substr(key.name.find('.') + 1)};
        const std::string block = "# " + std::string{key.help} + "\n# Default: " +
                                  std::string{key.default_text} + "\n" + leaf + " = ";
        EXPECT_NE(text.find(block), std::string::npos) << block;
        EXPECT_EQ(values.at(std::string{key.name}), key.default_text) << key.name;
    }
}

TEST(Render, AllChangedChangesEveryKey) {
    const auto defaults = values_of(render(Settings{}));
    const auto changed = values_of(render(all_changed()));
    for (const auto& [key, value] : defaults) EXPECT_NE(changed.at(key), value) << key;
}

TEST(Render, WritesWorkingHoursAndDurationsCanonically) {
    const auto values = values_of(render(all_changed()));
    EXPECT_EQ(values.at("schedule.monday"), R"([ "09:00-12:00", "13:00-17:30" ])");
    EXPECT_EQ(values.at("schedule.saturday"), "[]");
    EXPECT_EQ(values.at("sitting.limit"), R"("1h30m15s")");
    EXPECT_EQ(values.at("schedule.quiet_when"), R"([ "fullscreen" ])");
    EXPECT_EQ(values.at("prompt.exercises"), R"([ "squeeze", "bridges" ])");
}

class RoundTrip : public testing::TestWithParam<std::pair<const char*, Settings>> {};

TEST_P(RoundTrip, LoadOfRenderGivesTheSettingsBack) {
    const Settings& settings = GetParam().second;
    const LoadResult result = load_string(render(settings), "config.toml");
    ASSERT_TRUE(result.ok()) << result.errors.front().to_string();
    EXPECT_EQ(result.settings, settings);
}

Settings quiet_never_and_no_days() {
    Settings s;
    s.quiet_when = {false, false, false};
    for (unsigned day = 0; day < 7; ++day) s.rules.hours.set(std::chrono::weekday{day}, {});
    s.exercises = {"squeeze"};
    return s;
}

Settings upper_bounds() {
    Settings s;
    s.rules.limit = s.rules.break_after = s.rules.snooze = s.rules.repeat_every = 24h;
    s.rules.max_snoozes = 20;
    s.rules.min_activity = 10min;
    s.rules.day_starts_at = 0min;
    s.prompt_style = PromptStyle::notification;
    s.idle_backend = IdleBackend::mutter;
    s.log_level = LogLevel::error;
    return s;
}

Settings lower_bounds() {
    Settings s;
    s.rules.limit = s.rules.break_after = s.rules.snooze = s.rules.repeat_every = 1s;
    s.rules.daily_goal = 1;
    s.idle_backend = IdleBackend::x11;
    s.log_level = LogLevel::warn;
    s.quiet_when = {true, false, true};
    // Many short ranges on one day.
    std::vector<core::TimeRange> ranges;
    for (int hour = 0; hour < 24; hour += 2) ranges.push_back({std::chrono::hours{hour}, std::chrono::hours{hour} + 1min});
    s.rules.hours.set(std::chrono::Wednesday, ranges);
    return s;
}

INSTANTIATE_TEST_SUITE_P(Settings, RoundTrip,
                         testing::Values(std::pair{"defaults", Settings{}},
                                         std::pair{"all_changed", all_changed()},
                                         std::pair{"no_days", quiet_never_and_no_days()},
                                         std::pair{"upper_bounds", upper_bounds()},
                                         std::pair{"lower_bounds", lower_bounds()}),
                         [](const auto& info) { return std::string{info.param.first}; });

TEST(Load, UnsortedWorkingHoursAreSortedAndStillEqual) {
    const LoadResult result =
        load_string("[schedule]\nmonday = [ \"13:00-17:30\", \"09:00-12:00\" ]\n", "c.toml");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.settings.rules.hours.on(std::chrono::Monday),
              (std::vector<core::TimeRange>{{9h, 12h}, {13h, 17h + 30min}}));
}

TEST(LoadFile, MissingFileGivesDefaultsAndNoError) {
    const TempDir dir;
    const LoadResult result = load_file(dir / "nope.toml");
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.settings, Settings{});
}

TEST(LoadFile, ErrorsNameTheFileAsGiven) {
    const TempDir dir;
    write_file(dir / "config.toml", "[prompt]\n\nsnooze = 10\n");
    const LoadResult result = load_file(dir / "config.toml");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors.front().to_string(),
              (dir / "config.toml").string() +
                  R"(:3: prompt.snooze: expected a duration like "10m", got 10)");
}

TEST(LoadFile, ADirectoryIsAnError) {
    const TempDir dir;
    const LoadResult result = load_file(dir.path());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors.front().to_string(), dir.path().string() + ": is a directory, not a regular file");
}

TEST(SaveFile, CreatesParentsAndWritesWhatRenderGives) {
    const TempDir dir;
    const fs::path path = dir / "a/b/sitbreak/config.toml";
    save_file(all_changed(), path);
    EXPECT_EQ(read_file(path), render(all_changed()));
    const LoadResult result = load_file(path);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.settings, all_changed());
}

TEST(SaveFile, ReplacesAnExistingFileKeepingItsModeAndLeavesNoTempFile) {
    const TempDir dir;
    const fs::path path = dir / "config.toml";
    write_file(path, "old\n");
    ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
    save_file(Settings{}, path);
    EXPECT_EQ(read_file(path), render(Settings{}));
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
    EXPECT_EQ(std::distance(fs::directory_iterator{dir.path()}, fs::directory_iterator{}), 1);
}

TEST(SaveFile, NewFileIsReadableByOthersLikeAnyConfig) {
    const TempDir dir;
    const fs::path path = dir / "config.toml";
    save_file(Settings{}, path);
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0644u);
}

TEST(SaveFile, WritesThroughASymlinkAndKeepsTheLink) {
    const TempDir dir;
    fs::create_directory(dir / "dotfiles");
    write_file(dir / "dotfiles/config.toml", "old\n");
    fs::create_symlink(dir / "dotfiles/config.toml", dir / "config.toml");
    save_file(all_changed(), dir / "config.toml");
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(dir / "config.toml")));
    EXPECT_EQ(read_file(dir / "dotfiles/config.toml"), render(all_changed()));
}

TEST(SaveFile, FailureThrowsASentenceNamingThePath) {
    const TempDir dir;
    write_file(dir / "file", "not a directory\n");
    const fs::path path = dir / "file/config.toml";
    try {
        save_file(Settings{}, path);
        FAIL() << "save_file should have thrown";
    } catch (const std::runtime_error& error) {
        const std::string what = error.what();
        EXPECT_NE(what.find(path.string()), std::string::npos) << what;
        EXPECT_EQ(what.back(), '.') << what;
        EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
}

TEST(SaveFile, RefusesInvalidSettingsAndLeavesTheFileAlone) {
    const TempDir dir;
    const fs::path path = dir / "config.toml";
    write_file(path, "old\n");
    Settings settings;
    settings.exercises.clear();
    try {
        save_file(settings, path);
        FAIL() << "save_file should have thrown";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string{error.what()}.find("prompt.exercises"), std::string::npos)
            << error.what();
    }
    EXPECT_EQ(read_file(path), "old\n");
}

// The shipped file cannot drift from the code. After changing a key, regenerate it with
// SITBREAK_REGENERATE_CONFIG=1 config_tests --gtest_filter='ShippedConfig.*'
TEST(ShippedConfig, IsExactlyTheRenderedDefaults) {
    const fs::path shipped{SITBREAK_SHIPPED_CONFIG};
    if (std::getenv("SITBREAK_REGENERATE_CONFIG") != nullptr) write_file(shipped, render(Settings{}));
    EXPECT_EQ(read_file(shipped), render(Settings{}))
        << shipped << " differs from render(Settings{}); regenerate it with "
        << "SITBREAK_REGENERATE_CONFIG=1 config_tests --gtest_filter='ShippedConfig.*'";
    const LoadResult result = load_file(shipped);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.settings, Settings{});
}

}  // namespace
}  // namespace sitbreak::config
