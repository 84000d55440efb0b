#include "cli/week_format.hpp"

#include <chrono>

#include "client/human_text.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

common::TimePoint at(std::uint64_t seconds) {
    return common::TimePoint{std::chrono::seconds{static_cast<std::int64_t>(seconds)}};
}

std::string session_line(const client::WeekSession& s, common::TimePoint now,
                         const common::Zone& zone) {
    std::string what = s.outcome.empty() ? "running" : s.outcome;
    what += ", " + std::to_string(s.items_done) + " of " + std::to_string(s.items) + " items done";
    if (s.items_skipped > 0) what += ", " + std::to_string(s.items_skipped) + " skipped";
    if (!s.outcome.empty() && !s.counts) what += " (does not count)";
    std::string when = client::clock_text(at(s.started_at), now, zone);
    when.resize(std::max<std::size_t>(when.size(), 18), ' ');
    return "  " + when + common::printable(s.routine, 32) + "  " + what + "\n";
}

}  // namespace

nlohmann::ordered_json week_json(const client::Week& week) {
    nlohmann::ordered_json sessions = nlohmann::ordered_json::array();
    for (const client::WeekSession& s : week.session_list) {
        sessions.push_back({{"id", s.id},
                            {"routine", s.routine},
                            {"started_at", s.started_at},
                            {"ended_at", s.ended_at},
                            {"outcome", s.outcome},
                            {"counts", s.counts},
                            {"items_done", s.items_done},
                            {"items_skipped", s.items_skipped},
                            {"items", s.items}});
    }
    return {{"start", week.start},
            {"end", week.end},
            {"sessions", week.sessions},
            {"goal", week.goal},
            {"desk_days", week.desk_days},
            {"kept", week.kept},
            {"weekly_streak", week.weekly_streak},
            {"best_weekly_streak", week.best_weekly_streak},
            {"session_id", week.session_id},
            {"session_list", sessions}};
}

std::string week_text(const client::Week& week, common::TimePoint now, const common::Zone& zone) {
    std::string text = "Week of " + week.start + " to " + week.end + ": " +
                       std::to_string(week.sessions) + " of " + std::to_string(week.goal) +
                       " activation sessions" + (week.kept ? ", kept.\n" : ".\n");
    text += "Weekly streak: " + client::count_text(week.weekly_streak, "week", "weeks") +
            " (best " + std::to_string(week.best_weekly_streak) + ").\n";
    if (week.session_list.empty()) {
        return text + "No session yet this week; start one with: sitbreak session\n";
    }
    for (const client::WeekSession& s : week.session_list) text += session_line(s, now, zone);
    return text;
}

}  // namespace sitbreak::cli
