#include "cli/command.hpp"

#include <array>
#include <cstdint>

#include "config/duration.hpp"
#include "common/exercise.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using std::chrono::seconds;

std::string quoted(std::string_view text) { return "\"" + std::string{text} + "\""; }

}  // namespace

SnoozeCommand snooze_command(std::optional<std::string_view> duration) {
    if (!duration) return SnoozeCommand{};
    const std::optional<seconds> asked = config::parse_duration(*duration);
    if (!asked) {
        throw UsageError{"snooze: " + quoted(*duration) +
                         " is not a duration; write it like 10m, 1h30m or 90s"};
    }
    if (asked->count() < 1) throw UsageError{"snooze: the duration must be at least 1 second"};
    // Compare in seconds before dividing, so that huge values cannot wrap.
    if (*asked > std::chrono::minutes{max_snooze_minutes}) {
        throw UsageError{"snooze: the longest snooze is " +
                         config::format_duration(std::chrono::minutes{max_snooze_minutes})};
    }
    const auto minutes = static_cast<std::uint32_t>((asked->count() + 59) / 60);
    return SnoozeCommand{minutes, asked->count() % 60 != 0};
}

PauseCommand pause_command(std::optional<std::string_view> duration) {
    if (!duration || *duration == "rest-of-day") return PauseCommand{};
    const std::optional<seconds> asked = config::parse_duration(*duration);
    if (!asked) {
        throw UsageError{"pause: " + quoted(*duration) +
                         " is neither a duration nor rest-of-day; write it like 30m, 2h or 1h30m"};
    }
    if (asked->count() < 1) {
        throw UsageError{
            "pause: the duration must be at least 1 second; \"sitbreak pause rest-of-day\" "
            "pauses until the day ends"};
    }
    if (asked->count() > max_pause_seconds) {
        throw UsageError{"pause: the longest pause is 7 days (168h)"};
    }
    return PauseCommand{static_cast<std::uint32_t>(asked->count())};
}

DoneCommand done_command(std::string_view exercise) {
    // Which ids exist is the daemon's catalogue to say; here only their form.
    if (!common::is_exercise_id(exercise)) {
        throw UsageError{"done: " + quoted(common::printable(exercise, 40)) +
                         " is not an exercise id; `sitbreak exercises` lists them"};
    }
    return DoneCommand{std::string{exercise}};
}

SessionCommand session_command(std::string_view routine, bool list, std::string_view step_back) {
    if (!routine.empty() && !common::is_exercise_id(routine)) {
        throw UsageError{"session: " + quoted(common::printable(routine, 40)) +
                         " is not a routine id; `sitbreak session --list` lists them"};
    }
    if (!step_back.empty() && !common::is_exercise_id(step_back)) {
        throw UsageError{"session: --step-back " + quoted(common::printable(step_back, 40)) +
                         " is not an exercise id; `sitbreak session --list` lists them"};
    }
    if (!routine.empty() && list) throw UsageError{"session: --list takes no routine"};
    if (list && !step_back.empty()) throw UsageError{"session: --list and --step-back go alone"};
    return SessionCommand{std::string{routine}, list, std::string{step_back}};
}

RestDayCommand rest_day_command(std::optional<std::string_view> date, bool undo) {
    if (!date) {
        if (undo) throw UsageError{"rest-day: --undo needs the date of the rest day to remove"};
        return RestDayCommand{};
    }
    if (!parse_date(*date)) {
        throw UsageError{"rest-day: " + quoted(common::printable(*date, 40)) +
                         " is not a date; write it as YYYY-MM-DD, for example 2024-05-31"};
    }
    return RestDayCommand{std::string{*date}, undo};
}

StatsCommand stats_command(long long days, Format format) {
    if (days < 1 || days > max_stats_days) {
        throw UsageError{"stats: --days must be between 1 and " + std::to_string(max_stats_days)};
    }
    return StatsCommand{static_cast<int>(days), format};
}

std::pair<std::string, std::string> days_range(std::string_view today, int days) {
    const std::optional<std::chrono::sys_days> last = parse_date(today);
    if (!last) throw std::invalid_argument{"\"" + std::string{today} + "\" is not a date"};
    return {format_date(*last - std::chrono::days{days - 1}), format_date(*last)};
}

}  // namespace sitbreak::cli
