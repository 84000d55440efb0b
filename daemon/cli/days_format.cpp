#include "cli/days_format.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "cli/human_text.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using nlohmann::ordered_json;

// A day's values in day_keys order, as JSON values.
std::array<ordered_json, day_keys.size()> values(const DayRow& d) {
    return {d.date,    d.status,  d.sitting_seconds, d.longest_spell_seconds, d.spells,
            d.prompts, d.done,    d.done_bridges,    d.done_squeeze,          d.snoozed,
            d.skipped, d.natural, d.ignored,         ordered_json(d.done_by_exercise),
            d.sessions};
}

std::string done_by_field(const DayRow& d) {
    std::string text;
    for (const auto& [id, n] : d.done_by_exercise) {
        text += (text.empty() ? "" : ";") + id + "=" + std::to_string(n);
    }
    return text;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

struct Column {
    const char* title;  // English, marked: shown translated
    std::size_t width;  // at least: a longer translated title widens its column
    bool right;
};
constexpr std::array<Column, 7> columns{{{common::N_("Date"), 10, false},
                                         {common::N_("Status"), 7, false},
                                         {common::N_("Sitting"), 7, true},
                                         {common::N_("Done"), 4, true},
                                         {common::N_("Snoozed"), 7, true},
                                         {common::N_("Skipped"), 7, true},
                                         {common::N_("Natural"), 7, true}}};

std::size_t width(const Column& column) {
    return std::max(column.width, common::columns_of(common::tr(column.title)));
}

std::string row(const std::array<std::string, 7>& cells) {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) line += "  ";
        line += common::padded(cells[i], width(columns[i]), columns[i].right);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\n";
}

// A day's status as the table shows it; JSON and CSV keep the daemon's word.
std::string status_word(const std::string& status) {
    if (status == "kept") return common::tr("kept");
    if (status == "missed") return common::tr("missed");
    if (status == "neutral") return common::tr("neutral");
    if (status == "rest") return common::tr("rest");
    return status;
}

}  // namespace

ordered_json days_json(const DayRows& days) {
    ordered_json out = ordered_json::array();
    for (const DayRow& day : days) {
        ordered_json object = ordered_json::object();
        const auto row_values = values(day);
        for (std::size_t i = 0; i < day_keys.size(); ++i) object[day_keys[i]] = row_values[i];
        out.push_back(std::move(object));
    }
    return out;
}

std::string days_csv(const DayRows& days) {
    std::string text;
    for (std::size_t i = 0; i < day_keys.size(); ++i)
        text += (i == 0 ? "" : ",") + std::string{day_keys[i]};
    text += "\n";
    for (const DayRow& d : days) {
        text += csv_field(d.date) + "," + csv_field(d.status);
        for (const std::uint64_t n :
             {d.sitting_seconds, d.longest_spell_seconds, std::uint64_t{d.spells},
              std::uint64_t{d.prompts}, std::uint64_t{d.done}, std::uint64_t{d.done_bridges},
              std::uint64_t{d.done_squeeze}, std::uint64_t{d.snoozed}, std::uint64_t{d.skipped},
              std::uint64_t{d.natural}, std::uint64_t{d.ignored}}) {
            text += "," + std::to_string(n);
        }
        text += "," + csv_field(done_by_field(d)) + "," + std::to_string(d.sessions) + "\n";
    }
    return text;
}

std::string days_table(const DayRows& days, std::int64_t current_streak, std::int64_t best_streak) {
    std::array<std::string, 7> titles;
    for (std::size_t i = 0; i < columns.size(); ++i) titles[i] = common::tr(columns[i].title);
    std::string text = row(titles);
    for (const DayRow& day : days) {
        const auto sitting = static_cast<std::int64_t>(day.sitting_seconds);
        text += row({day.date, status_word(day.status),
                     sitting > 0 ? elapsed_text(sitting) : std::string{"-"},
                     std::to_string(day.done), std::to_string(day.snoozed),
                     std::to_string(day.skipped), std::to_string(day.natural)});
    }
    // TRANSLATORS: under the table of days: "Streak: 3 days now, best 12 days."
    text += common::tr_format("Streak: {} now, best {}.", client::days_text(current_streak),
                              client::days_text(best_streak)) +
            "\n";
    return text;
}

}  // namespace sitbreak::cli
