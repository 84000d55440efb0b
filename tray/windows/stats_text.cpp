#include "tray/windows/stats_text.hpp"

#include <algorithm>

#include "client/human_text.hpp"
#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

using common::tr;
using common::tr_format;
using common::tr_n_format;

std::string answers_note(const DayRecord& day) {
    // TRANSLATORS: under "Done today": how many prompts were snoozed and skipped.
    return tr_format("{0} snoozed · {1} skipped", day.snoozed, day.skipped);
}

std::string row_detail(const DayRecord& day) {
    // TRANSLATORS: a recent day: {0} exercises done, {1} the time sat ("2 h 05 min").
    return tr_format("{0} done · {1}", day.done, format_sitting(day.sitting_seconds));
}

}  // namespace

std::string format_sitting(std::uint64_t seconds) {
    const std::uint64_t minutes = seconds / 60;
    if (minutes < 60) return tr_format("{} min", minutes);
    // TRANSLATORS: hours and minutes sat: "1 h 05 min".
    return tr_format("{0} h {1:02} min", minutes / 60, minutes % 60);
}

std::string format_days(std::uint32_t count) { return client::days_text(count); }

std::string status_text(std::string_view status, bool today) {
    if (status == "kept") return tr("kept");
    if (status == "missed") return today ? tr("not kept yet") : tr("missed");
    if (status == "rest") return tr("rest day");
    if (status == "neutral") return tr("no desk day");
    return std::string{status};
}

std::vector<SummaryTile> summary_tiles(const DayRecord& today, const StatsData& stats) {
    const std::uint32_t goal = stats.daily_goal;
    const std::string done =
        std::to_string(today.done) + (goal > 0 ? " / " + std::to_string(goal) : "");
    return {
        {tr("Sitting today"), format_sitting(today.sitting_seconds),
         tr_n_format("{} spell", "{} spells", today.spells, today.spells)},
        {tr("Longest spell"), format_sitting(today.longest_spell_seconds), ""},
        {tr("Done today"), done, answers_note(today)},
        {tr("Streak"), format_days(stats.current_streak),
         tr_format("best {}", format_days(stats.best_streak))},
    };
}

std::string week_line(const StatsData& stats) {
    const client::Week& week = stats.week;
    if (week.goal == 0 && week.sessions == 0) return tr("This week: no activation session asked.");
    const std::string sessions =
        // TRANSLATORS: {0} sessions done this week, {1} the week's goal.
        tr_n_format("This week: {0} of {1} activation session",
                    "This week: {0} of {1} activation sessions", week.goal, week.sessions,
                    week.goal);
    // TRANSLATORS: {0} the sessions sentence, {1} " (kept)" or nothing, {2} "2 weeks",
    // {3} the best weekly streak as a number.
    return tr_format("{0}{1} · weekly streak {2} (best {3})", sessions,
                     week.kept ? tr(" (kept)") : std::string{},
                     client::weeks_text(week.weekly_streak), week.best_weekly_streak);
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
        rows.push_back({day_label(date, today), status_text(day->status, date == today),
                        row_detail(*day), date == today, day->status == "kept"});
    }
    return rows;
}

}  // namespace sitbreak::tray
