#include "service/days_reply.hpp"

#include <cstdint>
#include <string>

#include "common/date_text.hpp"

namespace sitbreak::service {

namespace {

template <class Value>
void entry(sdbus::Message& reply, const char* key, const Value& value, const char* signature) {
    reply.openDictEntry("sv");
    reply << key;
    reply.openVariant(signature);
    reply << value;
    reply.closeVariant();
    reply.closeDictEntry();
}

void count(sdbus::Message& reply, const char* key, int n) {
    entry(reply, key, static_cast<std::uint32_t>(n), "u");
}

void seconds(sdbus::Message& reply, const char* key, core::Duration d) {
    entry(reply, key, static_cast<std::uint64_t>(d.count()), "t");
}

void append_day(sdbus::Message& reply, const store::DayStats& day) {
    const core::DayTally& t = day.tally;
    reply.openContainer("{sv}");
    entry(reply, "date", common::format_date(day.date), "s");
    entry(reply, "status", std::string{core::to_string(day.status)}, "s");
    seconds(reply, "sitting_seconds", t.sitting);
    seconds(reply, "longest_spell_seconds", t.longest_spell);
    count(reply, "spells", t.spells);
    count(reply, "prompts", t.prompts);
    count(reply, "done", t.done());
    count(reply, "done_bridges", t.done_bridges);
    count(reply, "done_squeeze", t.done_squeeze);
    count(reply, "snoozed", t.snoozed);
    count(reply, "skipped", t.skipped);
    count(reply, "natural", t.natural);
    count(reply, "ignored", t.ignored);
    reply.closeContainer();
}

}  // namespace

void append_days(sdbus::Message& reply, const std::vector<store::DayStats>& days) {
    reply.openContainer("a{sv}");
    for (const store::DayStats& day : days) append_day(reply, day);
    reply.closeContainer();
}

std::vector<DayRow> day_rows(const std::vector<store::DayStats>& days) {
    std::vector<DayRow> rows;
    rows.reserve(days.size());
    const auto count = [](int n) { return static_cast<std::uint32_t>(n); };
    const auto seconds = [](core::Duration d) { return static_cast<std::uint64_t>(d.count()); };
    for (const store::DayStats& day : days) {
        const core::DayTally& t = day.tally;
        rows.emplace_back(common::format_date(day.date), std::string{core::to_string(day.status)},
                          seconds(t.sitting), seconds(t.longest_spell), count(t.spells),
                          count(t.prompts), count(t.done()), count(t.done_bridges),
                          count(t.done_squeeze), count(t.snoozed), count(t.skipped),
                          count(t.natural), count(t.ignored));
    }
    return rows;
}

}  // namespace sitbreak::service
