#pragma once
// Local wall-clock times as written in config.toml: "04:00" and working ranges
// "09:00-17:00". Strictly two digits each, so that every value has one spelling.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/rules.hpp"

namespace sitbreak::config {

// "HH:MM" from 00:00 to 23:59, as minutes after midnight.
[[nodiscard]] std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text);

// "HH:MM-HH:MM" with the start before the end; 24:00 is allowed only as the end.
[[nodiscard]] std::optional<core::TimeRange> parse_time_range(std::string_view text);

// "HH:MM"; 1440 minutes is "24:00".
[[nodiscard]] std::string format_time_of_day(std::chrono::minutes time);

[[nodiscard]] std::string format_time_range(const core::TimeRange& range);

}  // namespace sitbreak::config
