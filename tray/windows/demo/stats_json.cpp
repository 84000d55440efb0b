#include "tray/windows/demo/stats_json.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace sitbreak::tray::demo {

namespace {

using nlohmann::json;

DayRecord day_from(const json& day) {
    DayRecord record;
    record.date = day.at("date").get<std::string>();
    record.status = day.value("status", "neutral");
    record.sitting_seconds = day.value("sitting_seconds", std::uint64_t{0});
    record.longest_spell_seconds = day.value("longest_spell_seconds", std::uint64_t{0});
    record.spells = day.value("spells", 0u);
    record.prompts = day.value("prompts", 0u);
    record.done = day.value("done", 0u);
    record.done_bridges = day.value("done_bridges", 0u);
    record.done_squeeze = day.value("done_squeeze", 0u);
    record.snoozed = day.value("snoozed", 0u);
    record.skipped = day.value("skipped", 0u);
    record.natural = day.value("natural", 0u);
    record.ignored = day.value("ignored", 0u);
    record.sessions = day.value("sessions", 0u);
    return record;
}

}  // namespace

StatsData load_stats(const std::filesystem::path& path) {
    std::ifstream file{path};
    if (!file) throw std::runtime_error{"Cannot read " + path.string() + "."};
    try {
        const json document = json::parse(file);
        StatsData stats;
        stats.current_streak = document.value("current_streak", 0u);
        stats.best_streak = document.value("best_streak", 0u);
        stats.daily_goal = document.value("daily_goal", 0u);
        const json week = document.value("week", json::object());
        stats.week.start = week.value("start", "");
        stats.week.sessions = week.value("sessions", 0u);
        stats.week.goal = week.value("goal", 0u);
        stats.week.kept = week.value("kept", false);
        stats.week.weekly_streak = week.value("weekly_streak", 0u);
        stats.week.best_weekly_streak = week.value("best_weekly_streak", 0u);
        for (const json& day : document.value("days", json::array())) {
            stats.days.push_back(day_from(day));
        }
        return stats;
    } catch (const json::exception& error) {
        throw std::runtime_error{path.string() + " is not statistics JSON: " + error.what()};
    }
}

}  // namespace sitbreak::tray::demo
