#include "tray/stats_request.hpp"

#include <sdbus-c++/Types.h>

#include "common/date_text.hpp"

namespace sitbreak::tray {

namespace {

using Dict = std::map<std::string, sdbus::Variant>;

template <typename T>
T field(const Dict& day, const char* key) {
    const auto it = day.find(key);
    if (it == day.end() || !it->second.containsValueOfType<T>()) return T{};
    return it->second.get<T>();
}

}  // namespace

std::optional<std::pair<std::string, std::string>> stats_range(const std::string& today) {
    const auto date = common::parse_date(today);
    if (!date) return std::nullopt;
    return std::pair{common::format_date(*date - std::chrono::days{370}), common::format_date(*date)};
}

DayRecord day_record(const Dict& day) {
    DayRecord record;
    record.date = field<std::string>(day, "date");
    record.status = field<std::string>(day, "status");
    record.sitting_seconds = field<std::uint64_t>(day, "sitting_seconds");
    record.longest_spell_seconds = field<std::uint64_t>(day, "longest_spell_seconds");
    record.spells = field<std::uint32_t>(day, "spells");
    record.prompts = field<std::uint32_t>(day, "prompts");
    record.done = field<std::uint32_t>(day, "done");
    record.done_bridges = field<std::uint32_t>(day, "done_bridges");
    record.done_squeeze = field<std::uint32_t>(day, "done_squeeze");
    record.snoozed = field<std::uint32_t>(day, "snoozed");
    record.skipped = field<std::uint32_t>(day, "skipped");
    record.natural = field<std::uint32_t>(day, "natural");
    record.ignored = field<std::uint32_t>(day, "ignored");
    return record;
}

}  // namespace sitbreak::tray
