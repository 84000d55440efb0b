#pragma once
// The daemon's days as a table, JSON and CSV for `sitbreak stats` (DESIGN §4, §7). Pure:
// the days come in as GetDayTable's rows, whose columns are GetDays' keys.
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sitbreak::cli {

// One day of GetDayTable: the fields are GetDays' keys, in the same order.
struct DayRow {
    std::string date;
    std::string status;
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
};
using DayRows = std::vector<DayRow>;

// The day keys in the order of the D-Bus contract; also the CSV columns.
[[nodiscard]] const std::array<const char*, 13>& day_keys();

// An array of day objects, keys in contract order.
[[nodiscard]] nlohmann::ordered_json days_json(const DayRows& days);

// A header row and one row per day, every contract key a column; RFC 4180 quoting.
[[nodiscard]] std::string days_csv(const DayRows& days);

// Oldest day first, then the streak line:
//   Date        Status   Sitting  Done  Snoozed  Skipped  Natural
//   2024-05-31  kept       5h12m     5        1        0        2
//   Streak: 5 days now, best 12 days.
[[nodiscard]] std::string days_table(const DayRows& days, std::int64_t current_streak,
                                     std::int64_t best_streak);

}  // namespace sitbreak::cli
