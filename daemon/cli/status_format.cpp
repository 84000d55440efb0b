#include "cli/status_format.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "cli/human_text.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::array<const char*, 26> key_order{"state",
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
                                                "notifications"};

// UNIX times and ids where the daemon sends 0 for "none": null in JSON.
constexpr std::array<std::string_view, 5> zero_is_none{
    "sitting_since", "hour_started", "next_prompt_at", "paused_until", "prompt_id"};
// Problem sentences where the daemon sends "" for "no problem": null in JSON.
constexpr std::array<std::string_view, 5> empty_is_none{
    "idle_problem", "config_error", "exercises_error", "store_problem", "prompt_text"};

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

std::string streak_text(const json& status) {
    return "streak " + count_text(int_field(status, "current_streak"), "day", "days");
}

std::string headline(const json& status, common::TimePoint now, const common::Zone& zone) {
    const std::string state = string_field(status, "state");
    const std::int64_t sitting = int_field(status, "sitting_seconds");
    std::vector<std::string> parts;
    if (state == "sitting") {
        parts.push_back("Sitting for " + elapsed_text(sitting));
        const std::int64_t next = int_field(status, "next_prompt_seconds", -1);
        const auto quiet_it = status.find("quiet");
        const bool quiet =
            quiet_it != status.end() && quiet_it->is_boolean() && quiet_it->get<bool>();
        if (quiet && next <= 0) {
            parts.emplace_back("prompts wait while it is quiet");
        } else if (next == 0) {
            parts.emplace_back("prompt due now");
        } else if (next > 0) {
            parts.push_back("next prompt in " + remaining_text(next));
        }
    } else if (state == "prompting") {
        parts.push_back("Time to move: sitting for " + elapsed_text(sitting));
        const std::int64_t snoozes = int_field(status, "snoozes_left");
        parts.push_back(snoozes == 0 ? std::string{"no snoozes left"}
                                     : count_text(snoozes, "snooze", "snoozes") + " left");
    } else if (state == "paused") {
        const std::int64_t until = int_field(status, "paused_until");
        parts.push_back(until > 0
                            ? "Paused until " +
                                  clock_text(common::TimePoint{common::Duration{until}}, now, zone)
                            : std::string{"Paused"});
    } else if (state == "away") {
        parts.emplace_back("Away from the desk");
    } else {
        parts.push_back("State " + (state.empty() ? std::string{"unknown"} : state));
    }
    parts.push_back("today " + std::to_string(int_field(status, "today_done")) + " done");
    parts.push_back(streak_text(status));
    std::string line;
    for (const std::string& part : parts) {
        if (!line.empty()) line += " · ";
        line += part;
    }
    return line;
}

// The commands that answer an open prompt, for the line under "Time to move".
std::string answers(const json& status) {
    std::vector<std::string> commands;
    const auto exercises = status.find("exercises");
    if (exercises != status.end() && exercises->is_array()) {
        for (const json& exercise : *exercises) {
            if (exercise.is_string())
                commands.push_back("sitbreak done " + exercise.get<std::string>());
        }
    }
    if (commands.empty()) commands = {"sitbreak done bridges", "sitbreak done squeeze"};
    if (int_field(status, "snoozes_left") > 0) commands.emplace_back("sitbreak snooze");
    commands.emplace_back("sitbreak skip");
    std::string line = "Answer with:";
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

std::string status_text(const json& status, common::TimePoint now, const common::Zone& zone) {
    std::string text = headline(status, now, zone) + "\n";
    if (string_field(status, "state") == "prompting") {
        // The daemon's sentence, as it says it everywhere else (catalogue words).
        if (const std::string said = string_field(status, "prompt_text"); !said.empty()) {
            text += common::printable(said, 200) + "\n";
        }
        text += answers(status) + "\n";
    }
    const auto problem = [&](const char* key, const char* label) {
        if (const std::string said = string_field(status, key); !said.empty()) {
            text += label + printable_lines(said) + "\n";
        }
    };
    problem("config_error", "Config problem (the last good settings stay in use): ");
    problem("exercises_error", "Exercises left out (the others are offered): ");
    problem("store_problem", "History problem: ");
    problem("idle_problem", "Idle detection problem: ");
    return text;
}

ordered_json status_waybar(const json& status, common::TimePoint now, const common::Zone& zone) {
    const std::string state = string_field(status, "state");
    const std::int64_t limit = int_field(status, "limit_seconds");
    std::string text = state.empty() ? std::string{"?"} : state;
    std::int64_t percentage = 0;
    if (state == "sitting" || state == "prompting") {
        text = elapsed_text(int_field(status, "sitting_seconds"));
        // The hour clock runs from the spell start or the last done/skip (DESIGN §3).
        const std::int64_t hour_started = int_field(status, "hour_started");
        const std::int64_t on_clock = hour_started > 0
                                          ? now.time_since_epoch().count() - hour_started
                                          : int_field(status, "sitting_seconds");
        if (state == "prompting") {
            percentage = 100;
        } else if (limit > 0) {
            percentage = std::clamp<std::int64_t>(on_clock * 100 / limit, 0, 100);
        }
    }
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
