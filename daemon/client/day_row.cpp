#include "client/day_row.hpp"

namespace sitbreak::client {

namespace {

using Dictionary = std::map<std::string, sdbus::Variant>;

template <class Value>
void entry(sdbus::Message& reply, std::string_view key, const Value& value,
           const char* signature) {
    reply.openDictEntry("sv");
    reply << std::string{key};
    reply.openVariant(signature);
    reply << value;
    reply.closeVariant();
    reply.closeDictEntry();
}

template <typename T>
T field(const Dictionary& day, std::string_view key) {
    const auto it = day.find(std::string{key});
    if (it == day.end() || !it->second.containsValueOfType<T>()) return T{};
    return it->second.get<T>();
}

}  // namespace

DayTableRow table_row(const DayRow& d) {
    return DayTableRow{d.date,    d.status,  d.sitting_seconds, d.longest_spell_seconds,
                       d.spells,  d.prompts, d.done,            d.done_bridges,
                       d.done_squeeze, d.snoozed, d.skipped,    d.natural,
                       d.ignored, d.done_by_exercise, d.sessions};
}

DayRow from_table_row(const DayTableRow& r) {
    return DayRow{r.get<0>(), r.get<1>(),  r.get<2>(),  r.get<3>(),  r.get<4>(),
                  r.get<5>(), r.get<6>(),  r.get<7>(),  r.get<8>(),  r.get<9>(),
                  r.get<10>(), r.get<11>(), r.get<12>(), r.get<13>(), r.get<14>()};
}

void append_day(sdbus::Message& reply, const DayRow& d) {
    const auto& k = day_keys;
    reply.openContainer("{sv}");
    entry(reply, k[0], d.date, "s");
    entry(reply, k[1], d.status, "s");
    entry(reply, k[2], d.sitting_seconds, "t");
    entry(reply, k[3], d.longest_spell_seconds, "t");
    const std::array<std::uint32_t, 9> counts{d.spells,       d.prompts, d.done,
                                              d.done_bridges, d.done_squeeze, d.snoozed,
                                              d.skipped,      d.natural, d.ignored};
    for (std::size_t i = 0; i < counts.size(); ++i) entry(reply, k[4 + i], counts[i], "u");
    entry(reply, k[13], d.done_by_exercise, "a{su}");
    entry(reply, k[14], d.sessions, "u");
    reply.closeContainer();
}

DayRow from_dictionary(const Dictionary& day) {
    const auto& k = day_keys;
    DayRow d;
    d.date = field<std::string>(day, k[0]);
    d.status = field<std::string>(day, k[1]);
    d.sitting_seconds = field<std::uint64_t>(day, k[2]);
    d.longest_spell_seconds = field<std::uint64_t>(day, k[3]);
    std::array<std::uint32_t*, 9> counts{&d.spells,       &d.prompts, &d.done,
                                         &d.done_bridges, &d.done_squeeze, &d.snoozed,
                                         &d.skipped,      &d.natural, &d.ignored};
    for (std::size_t i = 0; i < counts.size(); ++i) *counts[i] = field<std::uint32_t>(day, k[4 + i]);
    d.done_by_exercise = field<std::map<std::string, std::uint32_t>>(day, k[13]);
    d.sessions = field<std::uint32_t>(day, k[14]);
    return d;
}

}  // namespace sitbreak::client
