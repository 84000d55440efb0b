#pragma once
// The dates of DayRecord ("YYYY-MM-DD") as calendar days, and how the windows name them.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sitbreak::tray {

using Date = std::chrono::sys_days;

// Strictly "YYYY-MM-DD" naming a real day; nullopt for anything else.
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);
[[nodiscard]] std::string format_date(Date date);  // "2024-06-14"

// Monday 0 ... Sunday 6: the heatmap's rows.
[[nodiscard]] int weekday_row(Date date);
[[nodiscard]] std::string_view weekday_abbreviation(Date date);  // "Mon"
[[nodiscard]] std::string_view month_abbreviation(Date date);    // "Jun"

// "Today", "Yesterday", else "Mon 10 Jun".
[[nodiscard]] std::string day_label(Date date, Date today);

}  // namespace sitbreak::tray
