#include "client/status.hpp"

#include <sdbus-c++/Types.h>

#include "client/human_text.hpp"
#include "common/i18n.hpp"

namespace sitbreak::client {

namespace {

using Dict = std::map<std::string, sdbus::Variant>;

// The value of `key` if it is there with the D-Bus type of T, else `fallback`.
template <typename T>
T field(const Dict& status, const char* key, T fallback = {}) {
    const auto it = status.find(key);
    if (it == status.end() || !it->second.containsValueOfType<T>()) return fallback;
    return it->second.get<T>();
}

// The contract sends times as t (uint64); a value beyond int64 is nonsense, not a time.
std::int64_t time_field(const Dict& status, const char* key) {
    const auto value = field<std::uint64_t>(status, key);
    return value > static_cast<std::uint64_t>(INT64_MAX) ? 0 : static_cast<std::int64_t>(value);
}

}  // namespace

DaemonState parse_state(const std::string& name) {
    if (name == "away") return DaemonState::away;
    if (name == "sitting") return DaemonState::sitting;
    if (name == "prompting") return DaemonState::prompting;
    if (name == "paused") return DaemonState::paused;
    return DaemonState::unknown;
}

DaemonStatus parse_status(const Dict& status) {
    DaemonStatus out;
    out.state = parse_state(field<std::string>(status, "state"));
    out.sitting_since = time_field(status, "sitting_since");
    out.sitting_seconds = time_field(status, "sitting_seconds");
    out.next_prompt_seconds = field<std::int64_t>(status, "next_prompt_seconds", -1);
    out.hour_started = time_field(status, "hour_started");
    out.limit_seconds = time_field(status, "limit_seconds");
    out.next_prompt_at = time_field(status, "next_prompt_at");
    out.paused_until = time_field(status, "paused_until");
    out.prompt_id = field<std::uint64_t>(status, "prompt_id");
    out.snoozes_left = field<std::uint32_t>(status, "snoozes_left");
    out.quiet = field<bool>(status, "quiet");
    out.today = field<std::string>(status, "today");
    out.today_done = field<std::uint32_t>(status, "today_done");
    out.current_streak = field<std::uint32_t>(status, "current_streak");
    out.best_streak = field<std::uint32_t>(status, "best_streak");
    out.exercises = field<std::vector<std::string>>(status, "exercises");
    out.config_path = field<std::string>(status, "config_path");
    out.config_error = field<std::string>(status, "config_error");
    out.exercises_error = field<std::string>(status, "exercises_error");
    out.prompt_text = field<std::string>(status, "prompt_text");
    out.prompt_style = field<std::string>(status, "prompt_style");
    out.prompt_sound = field<std::string>(status, "prompt_sound");
    out.daily_goal = field<std::uint32_t>(status, "daily_goal");
    out.store_problem = field<std::string>(status, "store_problem");
    out.idle_problem = field<std::string>(status, "idle_problem");
    out.call_problem = field<std::string>(status, "call_problem");
    out.waiting_since = time_field(status, "waiting_since");
    out.waiting_for = field<std::string>(status, "waiting_for");
    out.escalation = field<std::uint32_t>(status, "escalation");
    return out;
}

namespace {

using common::tr;

std::string what_holds(const std::string& waiting_for) {
    if (waiting_for == "typing") return tr("prompt waiting for a pause in typing");
    if (waiting_for == "dnd") return tr("prompt waiting: do not disturb is on");
    if (waiting_for == "fullscreen") return tr("prompt waiting: a window is fullscreen");
    if (waiting_for == "call") return tr("prompt waiting: you are in a call");
    if (waiting_for == "lock") return tr("prompt waiting: the screen is locked");
    // A reason newer than this client: the daemon's word for it.
    return common::tr_format("prompt waiting: {}", waiting_for);
}

}  // namespace

std::string waiting_text(const DaemonStatus& status, common::TimePoint now,
                         const common::Zone& zone) {
    if (status.waiting_for.empty()) return "";
    const common::TimePoint due{common::Duration{status.waiting_since}};
    // TRANSLATORS: why a due prompt waits, and when it was due: "... (due 14:02)".
    return common::tr_format("{} (due {})", what_holds(status.waiting_for),
                             clock_text(due, now, zone));
}

std::vector<std::string> problem_lines(const DaemonStatus& status) {
    std::vector<std::string> lines;
    const auto problem = [&lines](const std::string& said, const char* label) {
        if (!said.empty()) lines.push_back(label + said);
    };
    problem(status.config_error,
            common::tr("Config problem (the last good settings stay in use): "));
    problem(status.exercises_error, common::tr("Exercises left out (the others are offered): "));
    problem(status.store_problem, common::tr("History problem: "));
    problem(status.idle_problem, common::tr("Idle detection problem: "));
    problem(status.call_problem, common::tr("Calls cannot hold prompts back: "));
    return lines;
}

}  // namespace sitbreak::client
