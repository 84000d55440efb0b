#pragma once
// One sitbreak day as the bus carries it (GetDays, GetDayTable; org.sitbreak.Sitbreak1.xml
// documents each key). The one spelling of the day row: the daemon writes it with these
// functions, the CLI and the tray read it with them.
#include <sdbus-c++/Message.h>
#include <sdbus-c++/Types.h>

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sitbreak::client {

struct DayRow {
    std::string date;    // YYYY-MM-DD, a sitbreak day
    std::string status;  // kept | missed | neutral | rest
    std::uint64_t sitting_seconds{0};
    std::uint64_t longest_spell_seconds{0};
    std::uint32_t spells{0};
    std::uint32_t prompts{0};
    std::uint32_t done{0};
    std::uint32_t done_bridges{0};
    std::uint32_t done_squeeze{0};
    std::uint32_t snoozed{0};
    std::uint32_t skipped{0};
    std::uint32_t natural{0};
    std::uint32_t ignored{0};
    // Every exercise confirmed that day, by catalogue id (bridges and squeeze included).
    std::map<std::string, std::uint32_t> done_by_exercise;
    std::uint32_t sessions{0};  // activation sessions that count for the week
    friend bool operator==(const DayRow&, const DayRow&) = default;
};
using DayRows = std::vector<DayRow>;

// The keys of a day, in the contract's order: GetDays' dictionary keys, GetDayTable's
// columns, `sitbreak stats --json` keys and CSV columns.
inline constexpr std::array<std::string_view, 15> day_keys{
    "date",    "status",  "sitting_seconds", "longest_spell_seconds", "spells",
    "prompts", "done",    "done_bridges",    "done_squeeze",          "snoozed",
    "skipped", "natural", "ignored",         "done_by_exercise",      "sessions"};

// GetDayTable's row, a(ssttuuuuuuuuua{su}u): the values of day_keys in order, no keys.
using DayTableRow =
    sdbus::Struct<std::string, std::string, std::uint64_t, std::uint64_t, std::uint32_t,
                  std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t,
                  std::uint32_t, std::uint32_t, std::uint32_t, std::map<std::string, std::uint32_t>,
                  std::uint32_t>;

[[nodiscard]] DayTableRow table_row(const DayRow& day);
[[nodiscard]] DayRow from_table_row(const DayTableRow& row);

// GetDays: appends one a{sv} per day to a reply opened for aa{sv}.
void append_day(sdbus::Message& reply, const DayRow& day);
// One GetDays dictionary; a missing or mistyped key reads as 0 or "".
[[nodiscard]] DayRow from_dictionary(const std::map<std::string, sdbus::Variant>& day);

}  // namespace sitbreak::client
