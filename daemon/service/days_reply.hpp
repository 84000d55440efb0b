#pragma once
// GetDays' reply, aa{sv}, written straight into the message: one dictionary per day with
// the keys the contract lists (org.sitbreak.Sitbreak1.xml); and GetDayTable's rows.
#include <sdbus-c++/sdbus-c++.h>

#include <cstdint>
#include <string>
#include <vector>

#include "store/day_stats.hpp"

namespace sitbreak::service {

void append_days(sdbus::Message& reply, const std::vector<store::DayStats>& days);

// GetDayTable's rows, a(ssttuuuuuuuuu): the same values in the same order, no keys.
using DayRow = sdbus::Struct<std::string, std::string, std::uint64_t, std::uint64_t, std::uint32_t,
                             std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t,
                             std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t>;
[[nodiscard]] std::vector<DayRow> day_rows(const std::vector<store::DayStats>& days);

}  // namespace sitbreak::service
