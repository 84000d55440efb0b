#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <functional>
#include <string>
#include <vector>

#include "common/i18n.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

// Marked for the catalogue (N_), translated where the help is made.
constexpr const char* description = common::N_(
    "sitbreak: asks you to wake your glutes up after an hour of sitting, and counts what you do.\n"
    "This is the command-line client of the sitbreakd daemon.");

constexpr const char* footer = common::N_(
    "Durations are written like 90s, 10m or 1h30m; dates as YYYY-MM-DD.\n"
    "Exit status: 0 ok, 1 the daemon refused, 2 usage error, 3 the daemon is not running,\n"
    "4 done was counted but is held in memory only (the history cannot be written).\n"
    "Run \"sitbreak COMMAND --help\" for the options of one command.");

// The subcommands and the raw values CLI11 fills in; turned into a Command after parsing.
struct Parsed {
    CLI::App* status = nullptr;
    CLI::App* done = nullptr;
    CLI::App* snooze = nullptr;
    CLI::App* skip = nullptr;
    CLI::App* pause = nullptr;
    CLI::App* resume = nullptr;
    CLI::App* prompt_now = nullptr;
    CLI::App* stats = nullptr;
    CLI::App* export_history = nullptr;
    CLI::App* exercises = nullptr;
    bool exercises_json = false;
    CLI::App* rest_day = nullptr;
    CLI::App* session = nullptr;
    std::string routine;
    bool session_list = false;
    std::string step_back;
    CLI::App* week = nullptr;
    bool week_json = false;

    bool status_json = false;
    bool status_waybar = false;
    std::string exercise;
    std::string duration;
    CLI::Option* snooze_duration = nullptr;
    CLI::Option* pause_duration = nullptr;
    long long days = 7;
    bool stats_json = false;
    bool stats_csv = false;
    bool export_json = false;
    bool export_csv = false;
    std::string date;
    CLI::Option* rest_day_date = nullptr;
    bool rest_day_undo = false;
};

// CLI11's own words in the help (its headings and markers) in the user's language; the
// options' group "Options" is named on every option, the help flags' too.
void speak_in_help(CLI::App& app) {
    const auto formatter = app.get_formatter();
    for (const char* label : {common::N_("Usage"), common::N_("OPTIONS"), common::N_("SUBCOMMAND"),
                              common::N_("SUBCOMMANDS"), common::N_("Positionals"),
                              common::N_("REQUIRED"), common::N_("Excludes")}) {
        formatter->label(label, common::tr(label));
    }
    const std::function<void(CLI::App&)> name_groups = [&](CLI::App& command) {
        command.formatter(formatter);
        for (CLI::Option* option : command.get_options()) {
            if (option->get_group() == "Options") option->group(common::tr("Options"));
        }
        for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) {
            sub->group(common::tr("Subcommands"));
            name_groups(*sub);
        }
    };
    name_groups(app);
}

void add_format_flags(CLI::App& sub, bool& json, std::string json_help, bool& other,
                      const std::string& other_flag, std::string other_help) {
    auto* json_flag = sub.add_flag("--json", json, std::move(json_help));
    auto* other_option = sub.add_flag(other_flag, other, std::move(other_help));
    json_flag->excludes(other_option);
    other_option->excludes(json_flag);
}

void define(CLI::App& app, Parsed& p) {
    p.status = app.add_subcommand("status",
                                  common::tr("Sitting time, next prompt, today's count, streak"));
    add_format_flags(*p.status, p.status_json, common::tr("Print a JSON object for scripts"),
                     p.status_waybar, "--waybar",
                     common::tr("Print one line for a waybar custom module (return-type json)"));

    p.done =
        app.add_subcommand("done", common::tr("Count an exercise you did; answers an open prompt"));
    p.done
        ->add_option(
            "EXERCISE", p.exercise,
            common::tr("An exercise id from `sitbreak exercises`: bridges (10 glute bridges), "
                       "squeeze (a 30-second glute squeeze), or any other micro exercise"))
        ->type_name("")
        ->required();

    p.snooze = app.add_subcommand("snooze", common::tr("Put the open prompt off for a while"));
    p.snooze_duration =
        p.snooze
            ->add_option(
                "DURATION", p.duration,
                common::tr("How long, e.g. 10m, 1h30m, 90s; rounded up to whole minutes, at most "
                           "24h (default: prompt.snooze from the config)"))
            ->type_name("");

    p.skip = app.add_subcommand("skip", common::tr("Skip the open prompt; the hour starts again"));

    p.pause = app.add_subcommand("pause",
                                 common::tr("Pause reminders for a while or the rest of the day"));
    p.pause_duration =
        p.pause
            ->add_option("DURATION", p.duration,
                         common::tr("How long, 1s to 168h (e.g. 30m, 2h), or rest-of-day "
                                    "(the default)"))
            ->type_name("");

    p.resume = app.add_subcommand("resume", common::tr("End a pause"));
    p.prompt_now = app.add_subcommand("prompt-now", common::tr("Open a prompt now"));

    p.stats =
        app.add_subcommand("stats", common::tr("The last days (7 by default) and your streak"));
    p.stats->add_option("--days", p.days, common::tr("How many days, ending today (1 to 3660)"))
        ->capture_default_str();
    add_format_flags(*p.stats, p.stats_json, common::tr("Print a JSON array of days"), p.stats_csv,
                     "--csv", common::tr("Print CSV with a header row"));

    p.export_history =
        app.add_subcommand("export", common::tr("The whole history as CSV (or --json)"));
    add_format_flags(*p.export_history, p.export_json, common::tr("Print JSON instead of CSV"),
                     p.export_csv, "--csv", common::tr("Print CSV (the default)"));

    p.exercises =
        app.add_subcommand("exercises", common::tr("The exercise catalogue: ids, doses, steps"));
    p.exercises->add_flag("--json", p.exercises_json, common::tr("Print a JSON array for scripts"));

    p.rest_day = app.add_subcommand("rest-day",
                                    common::tr("Mark a rest day; it does not break your streak"));
    p.rest_day_date =
        p.rest_day->add_option("DATE", p.date, common::tr("YYYY-MM-DD (default: today)"))
            ->type_name("");
    p.rest_day->add_flag("--undo", p.rest_day_undo, common::tr("Remove the rest day on DATE"));

    p.session = app.add_subcommand(
        "session",
        common::tr("A guided activation session in this terminal (Enter, s to skip, Ctrl-C)"));
    p.session
        ->add_option("ROUTINE", p.routine,
                     common::tr("A routine id (default: the first; see --list)"))
        ->type_name("");
    p.session->add_flag("--list", p.session_list, common::tr("List the routines and exit"));
    p.session
        ->add_option(
            "--step-back", p.step_back,
            common::tr("Make EXERCISE a step easier in the routine, from its next session"))
        ->type_name("EXERCISE");

    p.week = app.add_subcommand(
        "week", common::tr("This week's activation sessions and the weekly streak"));
    p.week->add_flag("--json", p.week_json, common::tr("Print a JSON object for scripts"));
}

std::optional<std::string_view> given(const CLI::Option* option, const std::string& value) {
    if (option->count() == 0) return std::nullopt;
    return std::string_view{value};
}

Command to_command(const Parsed& p) {
    if (p.status->parsed()) {
        if (p.status_json) return StatusCommand{Format::json};
        if (p.status_waybar) return StatusCommand{Format::waybar};
        return StatusCommand{};
    }
    if (p.done->parsed()) return done_command(p.exercise);
    if (p.snooze->parsed()) return snooze_command(given(p.snooze_duration, p.duration));
    if (p.skip->parsed()) return SkipCommand{};
    if (p.pause->parsed()) return pause_command(given(p.pause_duration, p.duration));
    if (p.resume->parsed()) return ResumeCommand{};
    if (p.prompt_now->parsed()) return PromptNowCommand{};
    if (p.stats->parsed()) {
        return stats_command(p.days, p.stats_json  ? Format::json
                                     : p.stats_csv ? Format::csv
                                                   : Format::human);
    }
    if (p.export_history->parsed())
        return ExportCommand{p.export_json ? Format::json : Format::csv};
    if (p.exercises->parsed()) return ExercisesCommand{p.exercises_json ? Format::json : Format::human};
    if (p.session->parsed()) return session_command(p.routine, p.session_list, p.step_back);
    if (p.week->parsed()) return WeekCommand{p.week_json ? Format::json : Format::human};
    return rest_day_command(given(p.rest_day_date, p.date), p.rest_day_undo);
}

// CLI11's message made into our one sentence: which command, what is wrong, where to look.
std::string sentence(const CLI::App& app, const CLI::ParseError& error, int argc,
                     const char* const* argv) {
    const std::vector<CLI::App*> chosen = app.get_subcommands();
    if (chosen.empty()) {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg{argv[i]};
            if (!arg.empty() && arg.front() != '-') {
                return common::tr_format(
                    "\"{}\" is not a command; run \"sitbreak --help\" to see the commands",
                    common::printable(arg, 40));
            }
        }
    }
    std::string what = common::printable(error.what(), 200);
    while (!what.empty() && (what.back() == '\n' || what.back() == '.')) what.pop_back();
    if (error.get_name() == "RequiredError" && chosen.empty()) {
        what = common::tr("a command is required");
    }
    if (!what.empty()) what.front() = static_cast<char>(std::tolower(what.front()));
    // TRANSLATORS: {} what is wrong with the command line (often CLI11's English words).
    if (chosen.empty())
        return common::tr_format("{}; run \"sitbreak --help\" to see the commands", what);
    const std::string name = chosen.front()->get_name();
    // TRANSLATORS: {0} a command ("snooze"), {1} what is wrong with its arguments.
    return common::tr_format("{0}: {1}; see \"sitbreak {0} --help\"", name, what);
}

}  // namespace

ParseOutcome parse_command_line(int argc, const char* const* argv, std::ostream& out,
                                std::ostream& err) {
    CLI::App app{common::tr(description), "sitbreak"};
    app.set_help_flag("-h,--help", common::tr("Print this help message and exit"));
    app.set_version_flag("--version", std::string{"sitbreak "} + SITBREAK_VERSION,
                         common::tr("Print the version and exit"));
    app.require_subcommand(1);
    app.footer(common::tr(footer));
    Parsed parsed;
    define(app, parsed);
    speak_in_help(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) {  // --help, --version
            app.exit(error, out, err);
            return ParseOutcome{std::nullopt, exit_ok};
        }
        err << "sitbreak: " << sentence(app, error, argc, argv) << ".\n";
        return ParseOutcome{std::nullopt, exit_usage};
    }
    try {
        return ParseOutcome{to_command(parsed), exit_ok};
    } catch (const UsageError& error) {
        err << "sitbreak: " << error.what() << ".\n";
        return ParseOutcome{std::nullopt, exit_usage};
    }
}

}  // namespace sitbreak::cli
