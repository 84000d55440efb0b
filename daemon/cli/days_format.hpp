#pragma once
// The daemon's days as a table, JSON and CSV for `sitbreak stats` (DESIGN §4, §7). Pure:
// the days come in as GetDayTable's rows (client/day_row.hpp), whose columns are the keys.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "client/day_row.hpp"

namespace sitbreak::cli {

using client::day_keys;
using client::DayRow;
using client::DayRows;

// An array of day objects, keys in contract order; done_by_exercise is an object.
[[nodiscard]] nlohmann::ordered_json days_json(const DayRows& days);

// A header row and one row per day, every contract key a column; RFC 4180 quoting.
// done_by_exercise is one field: "bridges=3;band_walk=1".
[[nodiscard]] std::string days_csv(const DayRows& days);

// Oldest day first, then the streak line:
//   Date        Status   Sitting  Done  Snoozed  Skipped  Natural
//   2024-05-31  kept       5h12m     5        1        0        2
//   Streak: 5 days now, best 12 days.
[[nodiscard]] std::string days_table(const DayRows& days, std::int64_t current_streak,
                                     std::int64_t best_streak);

}  // namespace sitbreak::cli
