#include "cli/status_format.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "cli/human_text.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::array<const char*, 38> key_order{"state",
                                                "sitting_seconds",
                                                "next_prompt_seconds",
                                                "today_done",
                                                "current_streak",
                                                "best_streak",
                                                "idle_backend",
                                                "sitting_since",
                                                "hour_started",
                                                "limit_seconds",
                                                "next_prompt_at",
                                                "paused_until",
                                                "prompt_id",
                                                "snoozes_left",
                                                "quiet",
                                                "today",
                                                "today_sitting_seconds",
                                                "exercises",
                                                "prompt_text",
                                                "idle_problem",
                                                "config_path",
                                                "config_error",
                                                "exercises_error",
                                                "store_problem",
                                                "store_held",
                                                "notifications",
                                                "prompt_style",
                                                "prompt_sound",
                                                "daily_goal",
                                                "week_sessions",
                                                "week_goal",
                                                "weekly_streak",
                                                "best_weekly_streak",
                                                "session_id",
                                                "waiting_since",
                                                "waiting_for",
                                                "escalation",
                                                "call_problem"};

// UNIX times and ids where the daemon sends 0 for "none": null in JSON.
constexpr std::array<std::string_view, 7> zero_is_none{
    "sitting_since", "hour_started", "next_prompt_at", "paused_until",
    "prompt_id",     "session_id",   "waiting_since"};
// Problem sentences where the daemon sends "" for "no problem": null in JSON.
constexpr std::array<std::string_view, 7> empty_is_none{
    "idle_problem", "config_error", "exercises_error", "store_problem",
    "prompt_text",  "waiting_for",  "call_problem"};

bool contains(const auto& list, std::string_view key) {
    return std::find(list.begin(), list.end(), key) != list.end();
}

ordered_json converted(std::string_view key, const json& value) {
    if (key == "next_prompt_seconds" && value.is_number_integer() &&
        value.get<std::int64_t>() < 0) {
        return nullptr;  // -1 on the bus: no prompt is scheduled
    }
    if (contains(zero_is_none, key) && value.is_number_integer() &&
        value.get<std::int64_t>() == 0) {
        return nullptr;
    }
    if (contains(empty_is_none, key) && value.is_string() && value.get<std::string>().empty()) {
        return nullptr;
    }
    return ordered_json(value);
}

using common::tr;
using common::tr_format;
using common::tr_n_format;
using client::DaemonState;
using client::DaemonStatus;

std::string state_name(DaemonState state) {
    switch (state) {
    case DaemonState::away: return "away";
    case DaemonState::sitting: return "sitting";
    case DaemonState::prompting: return "prompting";
    case DaemonState::paused: return "paused";
    case DaemonState::unknown: break;
    }
    return "";
}

std::string sitting_part(const DaemonStatus& status, common::TimePoint now,
                         const common::Zone& zone) {
    const std::string sitting = elapsed_text(status.sitting_seconds);
    if (!status.waiting_for.empty()) {
        return tr_format("Sitting for {} · {}", sitting, client::waiting_text(status, now, zone));
    }
    const std::int64_t next = status.next_prompt_seconds;
    if (status.quiet && next <= 0) {
        return tr_format("Sitting for {} · prompts wait while it is quiet", sitting);
    }
    if (next == 0) return tr_format("Sitting for {} · prompt due now", sitting);
    if (next > 0) {
        return tr_format("Sitting for {} · next prompt in {}", sitting, remaining_text(next));
    }
    return tr_format("Sitting for {}", sitting);
}

std::string state_part(const DaemonStatus& status, common::TimePoint now,
                       const common::Zone& zone) {
    switch (status.state) {
    case DaemonState::sitting: return sitting_part(status, now, zone);
    case DaemonState::prompting: {
        const std::string sitting = elapsed_text(status.sitting_seconds);
        if (status.snoozes_left == 0) {
            return tr_format("Time to move: sitting for {} · no snoozes left", sitting);
        }
        const auto left = static_cast<unsigned long>(status.snoozes_left);
        return tr_n_format("Time to move: sitting for {} · {} snooze left",
                           "Time to move: sitting for {} · {} snoozes left", left, sitting, left);
    }
    case DaemonState::paused:
        return status.paused_until > 0
                   ? tr_format("Paused until {}",
                               clock_text(common::TimePoint{common::Duration{status.paused_until}},
                                          now, zone))
                   : std::string{tr("Paused")};
    case DaemonState::away: return tr("Away from the desk");
    case DaemonState::unknown: break;
    }
    return tr("State unknown");
}

std::string headline(const DaemonStatus& status, common::TimePoint now, const common::Zone& zone) {
    // TRANSLATORS: the end of the status line: "... · today 3 done · streak 5 days".
    return state_part(status, now, zone) + tr_format(" · today {} done · streak {}",
                                                     status.today_done,
                                                     client::days_text(status.current_streak));
}

// The commands that answer an open prompt, for the line under "Time to move".
std::string answers(const DaemonStatus& status) {
    std::vector<std::string> commands;
    for (const std::string& exercise : status.exercises) {
        commands.push_back("sitbreak done " + common::printable(exercise, 40));
    }
    if (commands.empty()) commands = {"sitbreak done bridges", "sitbreak done squeeze"};
    if (status.snoozes_left > 0) commands.emplace_back("sitbreak snooze");
    commands.emplace_back("sitbreak skip");
    std::string line = tr("Answer with:");
    for (std::size_t i = 0; i < commands.size(); ++i) {
        line += (i == 0 ? " " : " | ") + commands[i];
    }
    return line;
}

// Pango markup is on for waybar's text and tooltip: a config error naming "<file>" must
// not break the module.
std::string pango_escaped(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

}  // namespace

ordered_json status_json(const json& status) {
    ordered_json out = ordered_json::object();
    for (const char* key : key_order) {
        const auto it = status.find(key);
        out[key] = it == status.end() ? ordered_json(nullptr) : converted(key, *it);
    }
    for (const auto& [key, value] : status.items()) {
        if (!contains(key_order, key)) out[key] = converted(key, value);
    }
    return out;
}

// The daemon's text (a config file's errors, paths) printed line by line: each line is
// escaped on its own, so that nothing in it reaches the terminal as a control.
std::string printable_lines(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
        out += common::printable(std::string_view{text}.substr(start, end - start)) + "\n";
    }
    return out + common::printable(std::string_view{text}.substr(start));
}

std::string status_text(const DaemonStatus& status, common::TimePoint now,
                        const common::Zone& zone) {
    std::string text = headline(status, now, zone) + "\n";
    if (status.state == DaemonState::prompting) {
        // The daemon's sentence, as it says it everywhere else (catalogue words).
        if (!status.prompt_text.empty()) text += common::printable(status.prompt_text, 200) + "\n";
        text += answers(status) + "\n";
    }
    for (const std::string& line : client::problem_lines(status)) {
        text += printable_lines(line) + "\n";
    }
    return text;
}

ordered_json status_waybar(const DaemonStatus& status, common::TimePoint now,
                           const common::Zone& zone) {
    const std::string state = state_name(status.state);
    std::string text = state.empty() ? std::string{"?"} : state;
    std::int64_t percentage = 0;
    if (status.state == DaemonState::sitting || status.state == DaemonState::prompting) {
        text = elapsed_text(status.sitting_seconds);
        // The hour clock runs from the spell start or the last done/skip (DESIGN §3).
        const std::int64_t on_clock = status.hour_started > 0
                                          ? now.time_since_epoch().count() - status.hour_started
                                          : status.sitting_seconds;
        if (status.state == DaemonState::prompting) {
            percentage = 100;
        } else if (status.limit_seconds > 0) {
            percentage = std::clamp<std::int64_t>(on_clock * 100 / status.limit_seconds, 0, 100);
        }
    }
    // --waybar is machine output: its sentences stay English in every language.
    const common::ScopedEnglish english;
    std::string tooltip = status_text(status, now, zone);
    if (!tooltip.empty() && tooltip.back() == '\n') tooltip.pop_back();
    ordered_json out;
    out["text"] = pango_escaped(text);
    out["tooltip"] = pango_escaped(tooltip);
    out["class"] = state;
    out["percentage"] = percentage;
    return out;
}

}  // namespace sitbreak::cli
