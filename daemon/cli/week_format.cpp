#include "cli/week_format.hpp"

#include <chrono>

#include "client/human_text.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using common::tr;
using common::tr_format;
using common::tr_n_format;

common::TimePoint at(std::uint64_t seconds) {
    return common::TimePoint{std::chrono::seconds{static_cast<std::int64_t>(seconds)}};
}

std::string outcome_word(const std::string& outcome) {
    if (outcome.empty()) return tr("running");
    if (outcome == "done") return tr("done");
    if (outcome == "stopped") return tr("stopped");
    return outcome;
}

std::string session_line(const client::WeekSession& s, common::TimePoint now,
                         const common::Zone& zone) {
    const auto items = static_cast<unsigned long>(s.items);
    std::string what = tr_n_format("{}, {} of {} item done", "{}, {} of {} items done", items,
                                   outcome_word(s.outcome), s.items_done, s.items);
    if (s.items_skipped > 0) what = tr_format("{}, {} skipped", what, s.items_skipped);
    if (!s.outcome.empty() && !s.counts) what = tr_format("{} (does not count)", what);
    const std::string when = client::clock_text(at(s.started_at), now, zone);
    return "  " + common::padded(when, 18) + common::printable(s.routine, 32) + "  " + what + "\n";
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
    const auto goal = static_cast<unsigned long>(week.goal);
    std::string text =
        week.kept ? tr_n_format("Week of {} to {}: {} of {} activation session, kept.",
                                "Week of {} to {}: {} of {} activation sessions, kept.", goal,
                                week.start, week.end, week.sessions, week.goal)
                  : tr_n_format("Week of {} to {}: {} of {} activation session.",
                                "Week of {} to {}: {} of {} activation sessions.", goal, week.start,
                                week.end, week.sessions, week.goal);
    text += "\n" + tr_format("Weekly streak: {} (best {}).", client::weeks_text(week.weekly_streak),
                             week.best_weekly_streak) +
            "\n";
    if (week.session_list.empty()) {
        return text + tr("No session yet this week; start one with: sitbreak session") + "\n";
    }
    for (const client::WeekSession& s : week.session_list) text += session_line(s, now, zone);
    return text;
}

}  // namespace sitbreak::cli
