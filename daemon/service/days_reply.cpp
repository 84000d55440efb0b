#include "service/days_reply.hpp"

#include <cstdint>
#include <string>

#include "common/date_text.hpp"

namespace sitbreak::service {

client::DayRow day_row(const store::DayStats& day) {
    const core::DayTally& t = day.tally;
    const auto count = [](int n) { return static_cast<std::uint32_t>(n); };
    const auto seconds = [](core::Duration d) { return static_cast<std::uint64_t>(d.count()); };
    client::DayRow row{common::format_date(day.date),
                       std::string{core::to_string(day.status)},
                       seconds(t.sitting),
                       seconds(t.longest_spell),
                       count(t.spells),
                       count(t.prompts),
                       count(t.done()),
                       count(t.done_of("bridges")),
                       count(t.done_of("squeeze")),
                       count(t.snoozed),
                       count(t.skipped),
                       count(t.natural),
                       count(t.ignored),
                       {},
                       count(t.sessions)};
    for (const auto& [id, n] : t.done_by) row.done_by_exercise[id] = count(n);
    return row;
}

void append_days(sdbus::Message& reply, const std::vector<store::DayStats>& days) {
    reply.openContainer("a{sv}");
    for (const store::DayStats& day : days) client::append_day(reply, day_row(day));
    reply.closeContainer();
}

std::vector<client::DayTableRow> day_rows(const std::vector<store::DayStats>& days) {
    std::vector<client::DayTableRow> rows;
    rows.reserve(days.size());
    for (const store::DayStats& day : days) rows.push_back(client::table_row(day_row(day)));
    return rows;
}

}  // namespace sitbreak::service
