#pragma once
// GetDays() as a table, JSON and CSV for `sitbreak stats` (DESIGN §4, §7). Pure: the days
// come in as a JSON array of the D-Bus dictionaries (see variant_json.hpp).
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace sitbreak::cli {

// The day keys in the order of the D-Bus contract; also the CSV columns.
[[nodiscard]] const std::array<const char*, 13>& day_keys();

// An array of day objects, keys in contract order, then any key a newer daemon added.
[[nodiscard]] nlohmann::ordered_json days_json(const nlohmann::json& days);

// A header row and one row per day, every contract key a column; RFC 4180 quoting.
[[nodiscard]] std::string days_csv(const nlohmann::json& days);

// Oldest day first, then the streak line:
//   Date        Status   Sitting  Done  Snoozed  Skipped  Natural
//   2024-05-31  kept       5h12m     5        1        0        2
//   Streak: 5 days now, best 12 days.
[[nodiscard]] std::string days_table(const nlohmann::json& days, std::int64_t current_streak,
                                     std::int64_t best_streak);

}  // namespace sitbreak::cli
