#pragma once
// The statistics window's data from the daemon's replies: which days to ask GetDays for,
// and each day's a{sv} as a DayRecord. Pure (a Variant is a plain message, no bus).
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tray/windows/window_data.hpp"

namespace sdbus {
class Variant;
}

namespace sitbreak::tray {

// 371 days ending with `today` (YYYY-MM-DD): the 53-week heatmap needs up to 53 × 7 days.
// nullopt if `today` is not a date.
[[nodiscard]] std::optional<std::pair<std::string, std::string>> stats_range(
    const std::string& today);

[[nodiscard]] DayRecord day_record(const std::map<std::string, sdbus::Variant>& day);

}  // namespace sitbreak::tray
