// The command line as CLI11 sees it: which argv gives which Command or exit code.
#include "cli/command_line.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace sitbreak::cli {
namespace {

struct Parse {
    ParseOutcome outcome;
    std::string out;
    std::string err;
};

Parse parse(std::initializer_list<const char*> args) {
    std::vector<const char*> argv{"sitbreak"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::ostringstream out;
    std::ostringstream err;
    ParseOutcome outcome = parse_command_line(static_cast<int>(argv.size()), argv.data(), out, err);
    return Parse{std::move(outcome), out.str(), err.str()};
}

// A usage error: exit 2, no call, one line on stderr that starts "sitbreak: ".
void expect_usage_error(std::initializer_list<const char*> args, const std::string& part = "") {
    const Parse p = parse(args);
    std::string joined;
    for (const char* arg : args) joined += std::string{" "} + arg;
    EXPECT_FALSE(p.outcome.command) << joined;
    EXPECT_EQ(p.outcome.exit_code, exit_usage) << joined;
    EXPECT_EQ(p.out, "") << joined;
    EXPECT_EQ(p.err.rfind("sitbreak: ", 0), 0u) << joined << ": " << p.err;
    ASSERT_FALSE(p.err.empty());
    EXPECT_EQ(p.err.find('\n'), p.err.size() - 1) << joined << ": " << p.err;
    EXPECT_NE(p.err.find(part), std::string::npos) << joined << ": " << p.err;
}

template <typename T>
T command_of(std::initializer_list<const char*> args) {
    const Parse p = parse(args);
    EXPECT_EQ(p.err, "");
    EXPECT_EQ(p.outcome.exit_code, exit_ok);
    if (!p.outcome.command || !std::holds_alternative<T>(*p.outcome.command)) {
        ADD_FAILURE() << "not the expected command";
        return T{};
    }
    return std::get<T>(*p.outcome.command);
}

TEST(CommandLine, HelpAndVersionExitZero) {
    const Parse help = parse({"--help"});
    EXPECT_EQ(help.outcome.exit_code, exit_ok);
    EXPECT_FALSE(help.outcome.command);
    for (const char* command : {"status", "done", "snooze", "skip", "pause", "resume", "prompt-now",
                                "stats", "export", "rest-day"}) {
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    }
    EXPECT_NE(help.out.find("Exit status"), std::string::npos);

    const Parse version = parse({"--version"});
    EXPECT_EQ(version.outcome.exit_code, exit_ok);
    EXPECT_EQ(version.out, std::string{"sitbreak "} + SITBREAK_VERSION + "\n");

    const Parse sub_help = parse({"snooze", "--help"});
    EXPECT_EQ(sub_help.outcome.exit_code, exit_ok);
    EXPECT_NE(sub_help.out.find("DURATION"), std::string::npos);
}

TEST(CommandLine, ExactlyOneKnownCommand) {
    expect_usage_error({}, "a command is required");
    expect_usage_error({"bogus"}, "\"bogus\" is not a command");
    expect_usage_error({"status", "skip"});
    expect_usage_error({"--bogus"});
    expect_usage_error({"status", "--bogus"});
    expect_usage_error({"skip", "extra"});
}

TEST(CommandLine, FormatsExcludeEachOther) {
    expect_usage_error({"status", "--json", "--waybar"}, "excludes");
    expect_usage_error({"stats", "--json", "--csv"}, "excludes");
    expect_usage_error({"export", "--csv", "--json"}, "excludes");
    expect_usage_error({"status", "--csv"});
    expect_usage_error({"export", "--waybar"});
}

TEST(CommandLine, Status) {
    EXPECT_EQ(command_of<StatusCommand>({"status"}).format, Format::human);
    EXPECT_EQ(command_of<StatusCommand>({"status", "--json"}).format, Format::json);
    EXPECT_EQ(command_of<StatusCommand>({"status", "--waybar"}).format, Format::waybar);
}

TEST(CommandLine, Done) {
    EXPECT_EQ(command_of<DoneCommand>({"done", "bridges"}).exercise, "bridges");
    EXPECT_EQ(command_of<DoneCommand>({"done", "squeeze"}).exercise, "squeeze");
    expect_usage_error({"done"});
    EXPECT_EQ(command_of<DoneCommand>({"done", "pushups"}).exercise, "pushups");
    expect_usage_error({"done", "push ups"}, "is not an exercise id");
}

TEST(CommandLine, Exercises) {
    EXPECT_EQ(command_of<ExercisesCommand>({"exercises"}).format, Format::human);
    EXPECT_EQ(command_of<ExercisesCommand>({"exercises", "--json"}).format, Format::json);
    expect_usage_error({"exercises", "--csv"});
}

TEST(CommandLine, Snooze) {
    EXPECT_EQ(command_of<SnoozeCommand>({"snooze"}).minutes, 0u);
    const auto rounded = command_of<SnoozeCommand>({"snooze", "90s"});
    EXPECT_EQ(rounded.minutes, 2u);
    EXPECT_TRUE(rounded.rounded);
    expect_usage_error({"snooze", "0s"}, "snooze: the duration must be at least 1 second");
    expect_usage_error({"snooze", "0m"}, "at least 1 second");
    expect_usage_error({"snooze", "25h"}, "the longest snooze is 24h");
    expect_usage_error({"snooze", "soon"}, "is not a duration");
    expect_usage_error({"snooze", "10m", "20m"});
}

TEST(CommandLine, Pause) {
    EXPECT_EQ(command_of<PauseCommand>({"pause"}).seconds, 0u);
    EXPECT_EQ(command_of<PauseCommand>({"pause", "rest-of-day"}).seconds, 0u);
    EXPECT_EQ(command_of<PauseCommand>({"pause", "1h30m"}).seconds, 5400u);
    expect_usage_error({"pause", "0s"}, "at least 1 second");
    expect_usage_error({"pause", "169h"}, "7 days");
}

TEST(CommandLine, CommandsWithoutArguments) {
    (void)command_of<SkipCommand>({"skip"});
    (void)command_of<ResumeCommand>({"resume"});
    (void)command_of<PromptNowCommand>({"prompt-now"});
}

TEST(CommandLine, Stats) {
    const auto plain = command_of<StatsCommand>({"stats"});
    EXPECT_EQ(plain.days, 7);
    EXPECT_EQ(plain.format, Format::human);
    const auto csv = command_of<StatsCommand>({"stats", "--days", "30", "--csv"});
    EXPECT_EQ(csv.days, 30);
    EXPECT_EQ(csv.format, Format::csv);
    EXPECT_EQ(command_of<StatsCommand>({"stats", "--days=3660", "--json"}).format, Format::json);
    expect_usage_error({"stats", "--days", "0"}, "between 1 and 3660");
    expect_usage_error({"stats", "--days", "3661"}, "between 1 and 3660");
    expect_usage_error({"stats", "--days", "-3"});
    expect_usage_error({"stats", "--days", "week"}, "stats: ");
    expect_usage_error({"stats", "--days"});
}

TEST(CommandLine, ExportIsCsvUnlessJsonIsAsked) {
    EXPECT_EQ(command_of<ExportCommand>({"export"}).format, Format::csv);
    EXPECT_EQ(command_of<ExportCommand>({"export", "--csv"}).format, Format::csv);
    EXPECT_EQ(command_of<ExportCommand>({"export", "--json"}).format, Format::json);
}

TEST(CommandLine, RestDay) {
    EXPECT_EQ(command_of<RestDayCommand>({"rest-day"}).date, "");
    EXPECT_EQ(command_of<RestDayCommand>({"rest-day", "2024-02-29"}).date, "2024-02-29");
    expect_usage_error({"rest-day", "2023-02-29"}, "is not a date");
    expect_usage_error({"rest-day", "yesterday"}, "YYYY-MM-DD");
    const auto undo = command_of<RestDayCommand>({"rest-day", "--undo", "2024-02-29"});
    EXPECT_TRUE(undo.undo);
    EXPECT_EQ(undo.date, "2024-02-29");
    EXPECT_FALSE(command_of<RestDayCommand>({"rest-day", "2024-02-29"}).undo);
    expect_usage_error({"rest-day", "--undo"}, "--undo needs the date of the rest day to remove");
}

}  // namespace
}  // namespace sitbreak::cli
