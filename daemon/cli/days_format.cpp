#include "cli/days_format.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "cli/human_text.hpp"

namespace sitbreak::cli {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::array<const char*, 13> keys{
    "date",    "status",  "sitting_seconds", "longest_spell_seconds", "spells",
    "prompts", "done",    "done_bridges",    "done_squeeze",          "snoozed",
    "skipped", "natural", "ignored"};

bool is_contract_key(std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string csv_field(const json& value) {
    if (value.is_null()) return {};
    if (!value.is_string()) return value.dump();
    const std::string text = value.get<std::string>();
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string padded(std::string text, std::size_t width, bool right) {
    if (text.size() >= width) return text;
    const std::string fill(width - text.size(), ' ');
    return right ? fill + text : text + fill;
}

struct Column {
    const char* title;
    std::size_t width;
    bool right;
};

constexpr std::array<Column, 7> columns{{{"Date", 10, false},
                                         {"Status", 7, false},
                                         {"Sitting", 7, true},
                                         {"Done", 4, true},
                                         {"Snoozed", 7, true},
                                         {"Skipped", 7, true},
                                         {"Natural", 7, true}}};

std::string row(const std::array<std::string, 7>& cells) {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) line += "  ";
        line += padded(cells[i], columns[i].width, columns[i].right);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\n";
}

}  // namespace

const std::array<const char*, 13>& day_keys() { return keys; }

ordered_json days_json(const json& days) {
    ordered_json out = ordered_json::array();
    if (!days.is_array()) return out;
    for (const json& day : days) {
        ordered_json object = ordered_json::object();
        for (const char* key : keys) {
            const auto it = day.find(key);
            object[key] = it == day.end() ? ordered_json(nullptr) : ordered_json(*it);
        }
        for (const auto& [key, value] : day.items()) {
            if (!is_contract_key(key)) object[key] = ordered_json(value);
        }
        out.push_back(std::move(object));
    }
    return out;
}

std::string days_csv(const json& days) {
    std::string text;
    for (std::size_t i = 0; i < keys.size(); ++i)
        text += (i == 0 ? "" : ",") + std::string{keys[i]};
    text += "\n";
    if (!days.is_array()) return text;
    for (const json& day : days) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const auto it = day.find(keys[i]);
            if (i > 0) text += ",";
            if (it != day.end()) text += csv_field(*it);
        }
        text += "\n";
    }
    return text;
}

std::string days_table(const json& days, std::int64_t current_streak, std::int64_t best_streak) {
    std::array<std::string, 7> titles;
    for (std::size_t i = 0; i < columns.size(); ++i) titles[i] = columns[i].title;
    std::string text = row(titles);
    if (days.is_array()) {
        for (const json& day : days) {
            const std::int64_t sitting = int_field(day, "sitting_seconds");
            text += row({string_field(day, "date"), string_field(day, "status"),
                         sitting > 0 ? elapsed_text(sitting) : std::string{"-"},
                         std::to_string(int_field(day, "done")),
                         std::to_string(int_field(day, "snoozed")),
                         std::to_string(int_field(day, "skipped")),
                         std::to_string(int_field(day, "natural"))});
        }
    }
    text += "Streak: " + count_text(current_streak, "day", "days") + " now, best " +
            count_text(best_streak, "day", "days") + ".\n";
    return text;
}

}  // namespace sitbreak::cli
