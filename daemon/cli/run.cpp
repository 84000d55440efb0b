#include "cli/run.hpp"

#include <chrono>
#include <string>
#include <type_traits>

#include "cli/daemon_client.hpp"
#include "cli/days_format.hpp"
#include "cli/exercises_format.hpp"
#include "cli/session_runner.hpp"
#include "cli/terminal.hpp"
#include "cli/week_format.hpp"
#include "cli/human_text.hpp"
#include "cli/status_format.hpp"
#include "cli/variant_json.hpp"
#include "config/duration.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"
#include "client/wall_clock.hpp"

namespace sitbreak::cli {

namespace {

using common::tr;
using common::tr_format;

// One visitor per command; each returns the text for stdout. A command that worked
// with a caveat sets `exit_code` and `warning` (for stderr).
struct Executor {
    DaemonClient& client;
    std::ostream& out;  // for what is written as it happens (a session)
    int exit_code = exit_ok;
    std::string warning{};

    std::string operator()(const StatusCommand& command) const {
        const auto status = client.status();
        if (command.format == Format::json) return status_json(dict_json(status)).dump(2) + "\n";
        const client::DaemonStatus read = client::parse_status(status);
        const client::LocalZone zone;
        if (command.format == Format::waybar) {
            return status_waybar(read, client::wall_now(), zone).dump() + "\n";
        }
        return status_text(read, client::wall_now(), zone);
    }

    std::string operator()(const DoneCommand& command) {
        const ConfirmReply reply = client.confirm(command.exercise);
        const std::string words = counted_words(command.exercise);
        std::string text = tr_format("Counted {}", words);
        if (reply.retried) {
            text = reply.repeated
                       ? tr_format("Counted {} (the daemon restarted while saving it; it counts once)",
                                   words)
                       : tr_format(
                             "Counted {} (the daemon restarted before saving it, so it was sent "
                             "again)",
                             words);
        }
        if (!reply.saved) {
            exit_code = exit_held;
            warning = tr_format(
                "it is held in memory only, not yet in your history: {}. sitbreak keeps trying "
                "to write it.",
                common::printable(reply.problem));
            return tr_format("{}.", text) + "\n";
        }
        return tr_format("{}. Well done.", text) + "\n";
    }

    std::string operator()(const SnoozeCommand& command) const {
        client.snooze(command.minutes);
        return snooze_message(command) + "\n";
    }

    std::string operator()(const SkipCommand&) const {
        client.skip();
        return std::string{tr("Skipped; the hour starts again.")} + "\n";
    }

    std::string operator()(const PauseCommand& command) const {
        client.pause(command.seconds);
        return pause_message(command) + "\n";
    }

    std::string operator()(const ResumeCommand&) const {
        client.resume();
        return std::string{tr("Resumed.")} + "\n";
    }

    std::string operator()(const PromptNowCommand&) const {
        client.prompt_now();
        return std::string{tr("Prompt opened.")} + "\n";
    }

    std::string operator()(const StatsCommand& command) const {
        // "Today" is the daemon's: sitbreak days start at goals.day_starts_at (DESIGN §4).
        const client::DaemonStatus status = client::parse_status(client.status());
        const std::string& today = status.today;
        std::pair<std::string, std::string> range;
        try {
            range = days_range(today, command.days);
        } catch (const std::invalid_argument&) {
            throw DaemonError{Failure::refused,
                              tr_format("the daemon reported today as \"{}\", which is not a date.",
                                        today)};
        }
        const DayRows days = client.days(range.first, range.second);
        switch (command.format) {
        case Format::json: return days_json(days).dump(2) + "\n";
        case Format::csv: return days_csv(days);
        case Format::human:
        case Format::waybar: break;
        }
        return days_table(days, status.current_streak, status.best_streak);
    }

    std::string operator()(const ExportCommand& command) const {
        std::string data = client.export_history(command.format == Format::json ? "json" : "csv");
        // Printed as the daemon made it; only a missing final newline is added.
        if (!data.empty() && data.back() != '\n') data += '\n';
        return data;
    }

    std::string operator()(const ExercisesCommand& command) const {
        const auto exercises = client.exercises();
        if (command.format == Format::json) return exercises_json(exercises).dump(2) + "\n";
        return exercises_text(exercises);
    }

    // "10 glute bridges": the catalogue's words for an exercise, or its id.
    [[nodiscard]] std::string counted_words(const std::string& id) const {
        try {
            for (const common::Exercise& e : client.exercises()) {
                if (e.id == id) return common::printable(tr(e.prompt.c_str()), 80);
            }
        } catch (const DaemonError&) {
            // Counted already; the words are a nicety.
        }
        return id;
    }

    std::string operator()(const SessionCommand& command) {
        if (command.list) return routines_text(client.routines(), client.exercises());
        if (!command.step_back.empty()) {
            exit_code = step_back(client, command, out);
            return {};
        }
        if (!Terminal::available()) {
            exit_code = exit_usage;
            warning = tr(
                "session: standard input is not a terminal, and a session needs your keys; run it "
                "in a terminal (or use the tray's Activation session...).");
            return {};
        }
        exit_code = run_session(client, command, out);
        return {};
    }

    std::string operator()(const WeekCommand& command) const {
        const client::Week week = client.week();
        if (command.format == Format::json) return week_json(week).dump(2) + "\n";
        return week_text(week, client::wall_now(), client::LocalZone{});
    }

    std::string operator()(const RestDayCommand& command) const {
        if (command.undo) {
            client.clear_rest_day(command.date);
            return tr_format("{} is no longer a rest day.", command.date) + "\n";
        }
        client.set_rest_day(command.date);
        if (command.date.empty()) return std::string{tr("Marked today as a rest day.")} + "\n";
        return tr_format("Marked {} as a rest day.", command.date) + "\n";
    }
};

}  // namespace

std::string snooze_message(const SnoozeCommand& command) {
    if (command.minutes == 0) return tr("Snoozed for the snooze length in your config.");
    const std::string length = client::duration_words(std::chrono::minutes{command.minutes});
    if (command.rounded) return tr_format("Snoozed for {} (snoozes are whole minutes).", length);
    return tr_format("Snoozed for {}.", length);
}

std::string pause_message(const PauseCommand& command) {
    if (command.seconds == 0) return tr("Paused for the rest of the day.");
    return tr_format("Paused for {}.", client::duration_words(std::chrono::seconds{command.seconds}));
}

int run(const Command& command, std::ostream& out, std::ostream& err) {
    try {
        DaemonClient client;
        Executor executor{client, out};
        out << std::visit(executor, command) << std::flush;
        if (!executor.warning.empty()) err << "sitbreak: " << executor.warning << "\n";
        return executor.exit_code;
    } catch (const DaemonError& error) {
        // The daemon's sentences are a peer's text: one line, nothing a terminal acts on.
        err << "sitbreak: " << common::printable(error.what()) << "\n";
        return exit_code_for(error.failure());
    }
}

}  // namespace sitbreak::cli
