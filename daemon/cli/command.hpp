#pragma once
// What the user asked for, checked and turned into a plan of D-Bus calls (DESIGN §7).
// Pure: no bus, no clock, no output. Bad input throws UsageError (exit 2).
#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "common/date_text.hpp"

namespace sitbreak::cli {

// Exit codes of the CLI contract (DESIGN §7); scripts depend on them.
inline constexpr int exit_ok = 0;
inline constexpr int exit_refused = 1;      // the daemon answered with an error
inline constexpr int exit_usage = 2;        // CLI11's or ours
inline constexpr int exit_unreachable = 3;  // no daemon, no bus, or no answer in time
// `done`: counted, but held in memory only, because the daemon cannot write its history
// (disk full, a file in the way); it keeps trying, and status counts it meanwhile.
inline constexpr int exit_held = 4;

enum class Format { human, json, csv, waybar };

struct StatusCommand {
    Format format = Format::human;  // human | json | waybar
};
struct DoneCommand {
    std::string exercise;  // a catalogue id: bridges, squeeze, ...
};
struct SnoozeCommand {
    std::uint32_t minutes = 0;  // Snooze(u minutes): 0 = the configured prompt.snooze
    bool rounded = false;       // the duration asked for was not a whole number of minutes
};
struct SkipCommand {};
struct PauseCommand {
    std::uint32_t seconds = 0;  // Pause(u seconds): 0 = the rest of the day
};
struct ResumeCommand {};
struct PromptNowCommand {};
struct StatsCommand {
    int days = 7;                   // the last `days` days, ending today
    Format format = Format::human;  // human | json | csv
};
struct ExportCommand {
    // CSV by default: the usual reason to export is a spreadsheet; --json is lossless
    // and nested for scripts.
    Format format = Format::csv;  // csv | json
};
struct ExercisesCommand {
    Format format = Format::human;  // human | json
};
struct RestDayCommand {
    std::string date;   // YYYY-MM-DD, or "" for today (the daemon knows when today is)
    bool undo = false;  // remove the rest day (a date is required)
};

// The programme (DESIGN §14.3): a guided activation session in the terminal, and the week.
struct SessionCommand {
    std::string routine;    // a routine id; "" = the catalogue's first
    bool list = false;      // list the routines instead
    std::string step_back;  // an exercise id: its dose a step down in the routine instead
};
struct WeekCommand {
    Format format = Format::human;  // human | json
};

using Command =
    std::variant<StatusCommand, DoneCommand, SnoozeCommand, SkipCommand, PauseCommand,
                 ResumeCommand, PromptNowCommand, StatsCommand, ExportCommand, RestDayCommand,
                 ExercisesCommand, SessionCommand, WeekCommand>;

// A sentence for a person, without the "sitbreak: " prefix and without a final period.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::uint32_t max_snooze_minutes = 1440;    // the daemon's limit: 24 h
inline constexpr std::uint32_t max_pause_seconds = 604'800;  // the daemon's limit: 7 days
inline constexpr int max_stats_days = 3660;                  // GetDays returns at most this

// Snoozes are whole minutes on the bus: a duration is rounded up ("90s" -> 2 min).
// No argument = the configured length.
[[nodiscard]] SnoozeCommand snooze_command(std::optional<std::string_view> duration);
// No argument or "rest-of-day" = until the day ends; otherwise 1 s to 7 days.
[[nodiscard]] PauseCommand pause_command(std::optional<std::string_view> duration);
[[nodiscard]] DoneCommand done_command(std::string_view exercise);
// A routine id has an exercise id's form (common/exercise.hpp); which exist is the daemon's.
[[nodiscard]] SessionCommand session_command(std::string_view routine, bool list,
                                             std::string_view step_back = {});
[[nodiscard]] RestDayCommand rest_day_command(std::optional<std::string_view> date,
                                              bool undo = false);
[[nodiscard]] StatsCommand stats_command(long long days, Format format);

// Dates are YYYY-MM-DD, real calendar dates only (core/date_text.hpp).
using common::format_date;
using common::parse_date;

// The inclusive GetDays(from, to) range for the last `days` days ending at `today`.
// Throws std::invalid_argument when `today` is not a date.
[[nodiscard]] std::pair<std::string, std::string> days_range(std::string_view today, int days);

}  // namespace sitbreak::cli
