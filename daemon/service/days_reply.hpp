#pragma once
// The store's days as the bus carries them (client/day_row.hpp): GetDays' dictionaries,
// written straight into the reply, and GetDayTable's rows.
#include <sdbus-c++/sdbus-c++.h>

#include <vector>

#include "client/day_row.hpp"
#include "store/day_stats.hpp"

namespace sitbreak::service {

[[nodiscard]] client::DayRow day_row(const store::DayStats& day);
void append_days(sdbus::Message& reply, const std::vector<store::DayStats>& days);
[[nodiscard]] std::vector<client::DayTableRow> day_rows(const std::vector<store::DayStats>& days);

}  // namespace sitbreak::service
