#pragma once
// Calendar dates as people and the D-Bus interface write them: YYYY-MM-DD.
#include <optional>
#include <string>
#include <string_view>

#include "time.hpp"

namespace sitbreak::common {

// Only real calendar dates: "2026-02-30" is nullopt.
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);
[[nodiscard]] std::string format_date(Date date);

}  // namespace sitbreak::common
