// Wrong types, out-of-range values, unknown keys, malformed TOML: each error names the file,
// the line and the key, and says what was expected.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "config/keys.hpp"
#include "config/load.hpp"

namespace sitbreak::config {
namespace {

struct BadValue {
    std::string key;    // dotted
    std::string value;  // TOML text
    std::string message;
};

void PrintTo(const BadValue& bad, std::ostream* out) { *out << bad.key << " = " << bad.value; }

// The value sits on line 4, after a comment, a blank line and the section header.
std::string file_with(const BadValue& bad) {
    const auto dot = bad.key.find('.');
    return "# settings\n\n[" + bad.key.substr(0, dot) + "]\n" + bad.key.substr(dot + 1) + " = " +
           bad.value + "\n";
}

class RejectedValue : public testing::TestWithParam<BadValue> {};

TEST_P(RejectedValue, NamesFileLineKeyAndWhatWasExpected) {
    const BadValue& bad = GetParam();
    // The daemon checks prompt.exercises against its catalogue's micro exercises.
    const LoadResult result =
        load_string(file_with(bad), "config.toml", {"bridges", "squeeze", "hinge"});
    ASSERT_EQ(result.errors.size(), 1u) << file_with(bad);
    const ConfigError& error = result.errors.front();
    EXPECT_EQ(error.file, "config.toml");
    EXPECT_EQ(error.line, 4);
    EXPECT_EQ(error.key, bad.key);
    EXPECT_EQ(error.message, bad.message);
    EXPECT_EQ(error.to_string(), "config.toml:4: " + bad.key + ": " + bad.message);
    EXPECT_EQ(result.settings, Settings{}) << "a file with errors must give the defaults";
}

const char* const a_duration = R"(expected a duration like "10m", got )";
const char* const day_range = "expected a duration from 1s to 24h, got ";
const char* const hours = R"(expected hours "HH:MM-HH:MM" that start before they end, got )";
const char* const a_time = R"(expected a time "HH:MM" from 00:00 to 23:59, got )";

const std::vector<BadValue> wrong_types{
        BadValue{"sitting.limit", "10", std::string{a_duration} + "10"},
        BadValue{"sitting.break_after", "true", std::string{a_duration} + "true"},
        BadValue{"sitting.lock_is_break", R"("yes")", R"(expected true or false, got "yes")"},
        BadValue{"prompt.exercises", R"("bridges")",
                 R"(expected a list of exercise ids like [ "bridges", "squeeze" ], got "bridges")"},
        BadValue{"prompt.snooze", "10", std::string{a_duration} + "10"},
        BadValue{"prompt.max_snoozes", R"("3")",
                 R"(expected a whole number from 0 to 20, got "3")"},
        BadValue{"prompt.repeat_every", "1.5", std::string{a_duration} + "1.5"},
        BadValue{"prompt.wait_for_pause", "3", std::string{a_duration} + "3"},
        BadValue{"prompt.max_wait", "true", std::string{a_duration} + "true"},
        BadValue{"prompt.escalate", R"("on")", R"(expected true or false, got "on")"},
        BadValue{"prompt.escalate_after", R"("3")",
                 R"(expected a whole number from 1 to 20, got "3")"},
        BadValue{"prompt.escalate_step", "10", std::string{a_duration} + "10"},
        BadValue{"prompt.style", "true",
                 "expected one of auto, notification, popup, got true"},
        BadValue{"prompt.sound", "true", "expected one of none, tick, got true"},
        BadValue{"schedule.monday", R"("09:00-17:00")",
                 R"(expected a list of working hours like [ "09:00-17:00" ], got "09:00-17:00")"},
        BadValue{"schedule.tuesday", "[ 9 ]", std::string{hours} + "9"},
        BadValue{"schedule.wednesday", "{ from = \"09:00\" }",
                 R"(expected a list of working hours like [ "09:00-17:00" ], got a table)"},
        BadValue{"schedule.thursday", "true",
                 R"(expected a list of working hours like [ "09:00-17:00" ], got true)"},
        BadValue{"schedule.friday", "[ [ \"09:00-17:00\" ] ]",
                 std::string{hours} + R"([ "09:00-17:00" ])"},
        BadValue{"schedule.saturday", "1979-05-27",
                 R"(expected a list of working hours like [ "09:00-17:00" ], got 1979-05-27)"},
        BadValue{"schedule.sunday", "0", R"(expected a list of working hours like [ "09:00-17:00" ], got 0)"},
        BadValue{"schedule.quiet_when", R"("dnd")",
                 R"(expected a list of names from dnd, fullscreen, call, got "dnd")"},
        BadValue{"goals.daily", "5.0", "expected a whole number from 1 to 50, got 5.0"},
        BadValue{"goals.day_starts_at", "4", std::string{a_time} + "4"},
        BadValue{"programme.sessions_per_week", R"("3")",
                 R"(expected a whole number from 1 to 7, got "3")"},
        BadValue{"programme.week_starts", "1", "expected one of sunday, monday, tuesday, wednesday, thursday, friday, saturday, got 1"},
        BadValue{"programme.suggest_after", "16", std::string{a_time} + "16"},
        BadValue{"programme.progress_after", "4.5",
                 "expected a whole number from 2 to 20, got 4.5"},
        BadValue{"idle.backend", R"([ "x11" ])",
                 R"(expected one of auto, x11, mutter, wayland, kde-idle, got [ "x11" ])"},
        BadValue{"idle.min_activity", "2", std::string{a_duration} + "2"},
        BadValue{"log.level", "1", "expected one of trace, debug, info, warn, error, got 1"},
        BadValue{"sitting.limit", "{ minutes = 60 }", std::string{a_duration} + "a table"}};

INSTANTIATE_TEST_SUITE_P(WrongType, RejectedValue, testing::ValuesIn(wrong_types));

const std::vector<BadValue> out_of_range{
        BadValue{"sitting.limit", R"("0s")", std::string{day_range} + R"("0s")"},
        BadValue{"sitting.limit", R"("24h1s")", std::string{day_range} + R"("24h1s")"},
        BadValue{"sitting.limit", R"("10")", std::string{a_duration} + R"("10")"},
        BadValue{"sitting.break_after", R"("25h")", std::string{day_range} + R"("25h")"},
        BadValue{"sitting.break_after", R"("0s")", std::string{day_range} + R"("0s")"},
        BadValue{"prompt.exercises", "[]",
                 R"(expected a list of exercise ids like [ "bridges", "squeeze" ], got [])"},
        BadValue{"prompt.exercises", R"([ "bridges", "lunges" ])",
                 R"("lunges" is not an exercise a prompt can offer (`sitbreak exercises` lists them))"},
        BadValue{"prompt.exercises", R"([ "bridges", "hnige" ])",
                 R"("hnige" is not an exercise a prompt can offer; did you mean "hinge"?)"},
        BadValue{"prompt.exercises", R"([ "bridges", "Bridges!" ])",
                 R"(expected an exercise id (a-z, 0-9, _), got "Bridges!")"},
        BadValue{"prompt.exercises", R"([ "bridges", "bridges" ])",
                 R"(expected each exercise at most once, got "bridges" twice)"},
        BadValue{"prompt.snooze", R"("0s")", std::string{day_range} + R"("0s")"},
        BadValue{"prompt.snooze", R"("1441m")", std::string{day_range} + R"("1441m")"},
        BadValue{"prompt.max_snoozes", "25", "expected a whole number from 0 to 20, got 25"},
        BadValue{"prompt.max_snoozes", "-1", "expected a whole number from 0 to 20, got -1"},
        BadValue{"prompt.max_snoozes", "9223372036854775807",
                 "expected a whole number from 0 to 20, got 9223372036854775807"},
        BadValue{"prompt.repeat_every", R"("0s")", std::string{day_range} + R"("0s")"},
        BadValue{"prompt.repeat_every", R"("48h")", std::string{day_range} + R"("48h")"},
        BadValue{"prompt.wait_for_pause", R"("2m")", R"(expected a duration from 0s to 1m, got "2m")"},
        BadValue{"prompt.max_wait", R"("0s")", R"(expected a duration from 1s to 1h, got "0s")"},
        BadValue{"prompt.escalate_after", "0", "expected a whole number from 1 to 20, got 0"},
        BadValue{"prompt.escalate_step", R"("30s")",
                 R"(expected a duration from 1m to 1h, got "30s")"},
        BadValue{"prompt.style", R"("popups")",
                 R"(expected one of auto, notification, popup, got "popups")"},
        BadValue{"prompt.style", R"("Auto")",
                 R"(expected one of auto, notification, popup, got "Auto")"},
        BadValue{"prompt.sound", R"("beep")", R"(expected one of none, tick, got "beep")"},
        BadValue{"schedule.monday", R"([ "17:00-09:00" ])", std::string{hours} + R"("17:00-09:00")"},
        BadValue{"schedule.tuesday", R"([ "24:00-24:00" ])", std::string{hours} + R"("24:00-24:00")"},
        BadValue{"schedule.wednesday", R"([ "09:00-24:30" ])",
                 std::string{hours} + R"("09:00-24:30")"},
        BadValue{"schedule.thursday", R"([ "9:00-17:00" ])", std::string{hours} + R"("9:00-17:00")"},
        BadValue{"schedule.friday", R"([ "09:00-09:00" ])", std::string{hours} + R"("09:00-09:00")"},
        BadValue{"schedule.saturday", R"([ "09:00-12:00", "11:00-13:00" ])",
                 R"(expected hours that do not overlap, got "09:00-12:00" and "11:00-13:00")"},
        BadValue{"schedule.sunday", R"([ "10:00-11:00", "10:00-11:00" ])",
                 R"(expected hours that do not overlap, got "10:00-11:00" and "10:00-11:00")"},
        BadValue{"schedule.quiet_when", R"([ "sleep" ])",
                 R"(expected one of dnd, fullscreen, call, got "sleep")"},
        BadValue{"schedule.quiet_when", R"([ "dnd", "dnd" ])",
                 R"(expected each name at most once, got "dnd" twice)"},
        BadValue{"goals.daily", "0", "expected a whole number from 1 to 50, got 0"},
        BadValue{"goals.daily", "51", "expected a whole number from 1 to 50, got 51"},
        BadValue{"goals.day_starts_at", R"("24:00")", std::string{a_time} + R"("24:00")"},
        BadValue{"goals.day_starts_at", R"("4:00")", std::string{a_time} + R"("4:00")"},
        BadValue{"goals.day_starts_at", R"("04:60")", std::string{a_time} + R"("04:60")"},
        BadValue{"programme.sessions_per_week", "0", "expected a whole number from 1 to 7, got 0"},
        BadValue{"programme.sessions_per_week", "8", "expected a whole number from 1 to 7, got 8"},
        BadValue{"programme.week_starts", R"("Monday")", R"(expected one of sunday, monday, tuesday, wednesday, thursday, friday, saturday, got "Monday")"},
        BadValue{"programme.suggest_after", R"("25:00")", std::string{a_time} + R"("25:00")"},
        BadValue{"programme.progress_after", "1", "expected a whole number from 2 to 20, got 1"},
        BadValue{"idle.backend", R"("xorg")",
                 R"(expected one of auto, x11, mutter, wayland, kde-idle, got "xorg")"},
        BadValue{"idle.min_activity", R"("10m1s")",
                 R"(expected a duration from 0s to 10m, got "10m1s")"},
        BadValue{"log.level", R"("verbose")",
                 R"(expected one of trace, debug, info, warn, error, got "verbose")"}};

INSTANTIATE_TEST_SUITE_P(OutOfRange, RejectedValue, testing::ValuesIn(out_of_range));

std::set<std::string> keys_in(const std::vector<BadValue>& cases) {
    std::set<std::string> names;
    for (const BadValue& bad : cases) names.insert(bad.key);
    return names;
}

std::set<std::string> all_keys_but(const std::set<std::string>& left_out) {
    std::set<std::string> names;
    for (const KeyInfo& key : keys()) {
        if (!left_out.contains(std::string{key.name})) names.emplace(key.name);
    }
    return names;
}

TEST(Validation, EveryKeyHasAWrongTypeCase) { EXPECT_EQ(keys_in(wrong_types), all_keys_but({})); }

// A bool has no range.
TEST(Validation, EveryKeyWithARangeHasAnOutOfRangeCase) {
    EXPECT_EQ(keys_in(out_of_range), all_keys_but({"sitting.lock_is_break", "prompt.escalate"}));
}

struct BadFile {
    std::string text;
    std::string error;  // ConfigError::to_string()
};

void PrintTo(const BadFile& bad, std::ostream* out) { *out << bad.text; }

class UnknownName : public testing::TestWithParam<BadFile> {};

TEST_P(UnknownName, IsAnErrorWithASuggestionWhenOneIsClose) {
    const LoadResult result = load_string(GetParam().text, "config.toml");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors.front().to_string(), GetParam().error);
    EXPECT_EQ(result.settings, Settings{});
}

INSTANTIATE_TEST_SUITE_P(
    Keys, UnknownName,
    testing::Values(
        BadFile{"[sitting]\nlimit = \"1h\"\nlimt = \"60m\"\n",
                "config.toml:3: sitting.limt: unknown key; did you mean sitting.limit?"},
        BadFile{"[prompt]\nsnoze = \"5m\"\n",
                "config.toml:2: prompt.snoze: unknown key; did you mean prompt.snooze?"},
        BadFile{"[sitting]\nsnooze = \"5m\"\n",
                "config.toml:2: sitting.snooze: unknown key; did you mean prompt.snooze?"},
        BadFile{"[schedule]\nmonday = []\nmondy = []\n",
                "config.toml:3: schedule.mondy: unknown key; did you mean schedule.monday?"},
        BadFile{"[sitting]\ncolour = \"red\"\n", "config.toml:2: sitting.colour: unknown key"},
        BadFile{"limit = \"1h\"\n",
                "config.toml:1: limit: unknown key; did you mean sitting.limit?"},
        BadFile{"sitting.limt = \"1h\"\n",
                "config.toml:1: sitting.limt: unknown key; did you mean sitting.limit?"},
        BadFile{"# x\n[sittng]\nlimit = \"1h\"\n",
                "config.toml:2: sittng: unknown table; did you mean sitting?"},
        BadFile{"[promt]\n", "config.toml:1: promt: unknown table; did you mean prompt?"},
        BadFile{"[widgets]\nsize = 3\n", "config.toml:1: widgets: unknown table"},
        BadFile{"[sitting.extra]\nx = 1\n", "config.toml:1: sitting.extra: unknown table"},
        BadFile{"\nsitting = 5\n", "config.toml:2: sitting: expected a table of settings, got 5"},
        BadFile{"[[log]]\nlevel = \"info\"\n",
                R"(config.toml:1: log: expected a table of settings, got [ { level = "info" } ])"}));

TEST(Validation, ReportsEveryErrorInFileOrder) {
    const std::string text =
        "[sitting]\n"                            // 1
        "limit = 10\n"                           // 2
        "break_after = \"5m\"\n"                 // 3
        "[prompt]\n"                             // 4
        "style = \"popups\"\n"                   // 5
        "max_snoozes = 25\n"                     // 6
        "[schedule]\n"                           // 7
        "monday = [\n"                           // 8
        "  \"09:00-12:00\",\n"                   // 9
        "  \"13:00-12:00\",\n"                   // 10
        "]\n"                                    // 11
        "[zzz]\n"                                // 12
        "[goals]\n"                              // 13
        "daily = 0\n";                           // 14
    const LoadResult result = load_string(text, "my.toml");
    std::vector<std::string> errors;
    for (const ConfigError& error : result.errors) errors.push_back(error.to_string());
    EXPECT_EQ(errors, (std::vector<std::string>{
                          R"(my.toml:2: sitting.limit: expected a duration like "10m", got 10)",
                          "my.toml:5: prompt.style: expected one of auto, notification, popup, "
                          "got \"popups\"",
                          "my.toml:6: prompt.max_snoozes: expected a whole number from 0 to 20, "
                          "got 25",
                          R"(my.toml:10: schedule.monday: expected hours "HH:MM-HH:MM" that start )"
                          R"(before they end, got "13:00-12:00")",
                          "my.toml:12: zzz: unknown table",
                          "my.toml:14: goals.daily: expected a whole number from 1 to 50, got 0"}));
    EXPECT_EQ(result.settings, Settings{});
}

TEST(Validation, AnErrorInAListNamesTheLineOfTheElement) {
    const LoadResult result =
        load_string("[prompt]\nexercises = [\n  \"bridges\",\n  \"lunges\",\n]\n", "c.toml",
                    {"bridges", "squeeze"});
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors.front().to_string(),
              R"(c.toml:4: prompt.exercises: "lunges" is not an exercise a prompt can offer )"
              R"((`sitbreak exercises` lists them))");
}

TEST(Validation, StringsInMessagesAreEscapedAsInToml) {
    const LoadResult result = load_string("[log]\nlevel = \"a\\\"b\\\\c\"\n", "c.toml");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors.front().message,
              R"(expected one of trace, debug, info, warn, error, got "a\"b\\c")");
}

struct Malformed {
    std::string text;
    int line;
};

void PrintTo(const Malformed& bad, std::ostream* out) { *out << bad.text; }

class MalformedToml : public testing::TestWithParam<Malformed> {};

TEST_P(MalformedToml, IsOneErrorWithTheParsersLineAndDescription) {
    const LoadResult result = load_string(GetParam().text, "config.toml");
    ASSERT_EQ(result.errors.size(), 1u);
    const ConfigError& error = result.errors.front();
    EXPECT_EQ(error.line, GetParam().line);
    EXPECT_TRUE(error.key.empty());
    EXPECT_FALSE(error.message.empty());
    const std::string prefix = "config.toml:" + std::to_string(GetParam().line) + ": ";
    EXPECT_EQ(error.to_string().substr(0, prefix.size()), prefix) << error.to_string();
    EXPECT_EQ(error.to_string(), prefix + error.message);
    EXPECT_EQ(result.settings, Settings{});
}

INSTANTIATE_TEST_SUITE_P(
    Files, MalformedToml,
    testing::Values(Malformed{"[sitting]\nlimit = \"1h\"\nbreak_after = \n", 3},
                    Malformed{"[sitting]\nlimit = \"1h\"\nlimit = \"2h\"\n", 3},
                    Malformed{"\n\n\n[sitting\n", 4},
                    Malformed{"[sitting]\nlimit = \"1h\n", 2},
                    Malformed{"[log]\nlevel = info\n", 2},
                    Malformed{"[sitting]\n[sitting]\n", 2}));

TEST(Validation, MalformedTomlMessageComesFromTheParser) {
    const LoadResult result = load_string("[sitting]\nlimit = \n", "config.toml");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_NE(result.errors.front().message.find("expected"), std::string::npos)
        << result.errors.front().message;
}

TEST(ConfigErrorText, LeavesOutMissingParts) {
    EXPECT_EQ((ConfigError{"c.toml", 7, "prompt.snooze", "bad"}).to_string(),
              "c.toml:7: prompt.snooze: bad");
    EXPECT_EQ((ConfigError{"c.toml", 3, "", "bad"}).to_string(), "c.toml:3: bad");
    EXPECT_EQ((ConfigError{"c.toml", 0, "", "no such file"}).to_string(), "c.toml: no such file");
}

}  // namespace
}  // namespace sitbreak::config
