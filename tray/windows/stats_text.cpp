#include "tray/windows/stats_text.hpp"

#include <algorithm>
#include <cstdio>

#include "client/human_text.hpp"

namespace sitbreak::tray {

namespace {

std::string counted(std::uint32_t count, std::string_view word) {
    return std::to_string(count) + " " + std::string{word};
}

std::string answers_note(const DayRecord& day) {
    return counted(day.snoozed, "snoozed") + " · " + counted(day.skipped, "skipped");
}

std::string row_detail(const DayRecord& day) {
    return counted(day.done, "done") + " · " + format_sitting(day.sitting_seconds);
}

}  // namespace

std::string format_sitting(std::uint64_t seconds) {
    const std::uint64_t minutes = seconds / 60;
    if (minutes < 60) return std::to_string(minutes) + " min";
    char text[32];
    std::snprintf(text, sizeof text, "%llu h %02llu min",
                  static_cast<unsigned long long>(minutes / 60),
                  static_cast<unsigned long long>(minutes % 60));
    return text;
}

std::string format_days(std::uint32_t count) {
    return client::count_text(count, "day", "days");
}

std::string status_text(std::string_view status, bool today) {
    if (status == "kept") return "kept";
    if (status == "missed") return today ? "not kept yet" : "missed";
    if (status == "rest") return "rest day";
    if (status == "neutral") return "no desk day";
    return std::string{status};
}

std::vector<SummaryTile> summary_tiles(const DayRecord& today, const StatsData& stats) {
    const std::uint32_t goal = stats.daily_goal;
    std::string goal_note = goal > 0 ? "goal " + std::to_string(goal) : std::string{};
    return {
        {"Sitting today", format_sitting(today.sitting_seconds), counted(today.spells, "spells")},
        {"Longest spell", format_sitting(today.longest_spell_seconds), ""},
        {"Done today", std::to_string(today.done) + (goal > 0 ? " / " + std::to_string(goal) : ""),
         answers_note(today)},
        {"Streak", format_days(stats.current_streak), "best " + format_days(stats.best_streak)},
    };
}

std::string week_line(const StatsData& stats) {
    const client::Week& week = stats.week;
    if (week.goal == 0 && week.sessions == 0) return "This week: no activation session asked.";
    return "This week: " + std::to_string(week.sessions) + " of " + std::to_string(week.goal) +
           " activation sessions" + (week.kept ? " (kept)" : "") + " · weekly streak " +
           client::count_text(week.weekly_streak, "week", "weeks") + " (best " +
           std::to_string(week.best_weekly_streak) + ")";
}

std::vector<RecentRow> recent_rows(std::span<const DayRecord> days, Date today, std::size_t count) {
    std::vector<std::pair<Date, const DayRecord*>> dated;
    for (const DayRecord& day : days) {
        if (const auto date = parse_date(day.date); date && *date <= today) {
            dated.emplace_back(*date, &day);
        }
    }
    std::sort(dated.begin(), dated.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<RecentRow> rows;
    for (const auto& [date, day] : dated) {
        if (rows.size() == count) break;
        rows.push_back(
            {day_label(date, today), status_text(day->status, date == today), row_detail(*day)});
    }
    return rows;
}

}  // namespace sitbreak::tray
