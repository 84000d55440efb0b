#pragma once
// The dates of DayRecord ("YYYY-MM-DD") as calendar days, and how the windows name them in
// the user's language and customs (common/calendar_words.hpp).
#include <chrono>
#include <string>

#include "common/date_text.hpp"

namespace sitbreak::tray {

using Date = std::chrono::sys_days;
using common::format_date;  // "2024-06-14"
using common::parse_date;   // strictly "YYYY-MM-DD" naming a real day

// The heatmap's rows: 0 for `first` (the locale's first weekday), ... 6.
[[nodiscard]] int weekday_row(Date date, std::chrono::weekday first = std::chrono::Monday);
[[nodiscard]] std::string weekday_abbreviation(Date date);  // "Mon", "Mo"
[[nodiscard]] std::string month_abbreviation(Date date);    // "Jun", "jun"

// "Today", "Yesterday", else "Mon 10 Jun" (in German "Mo, 10. Jun").
[[nodiscard]] std::string day_label(Date date, Date today);

}  // namespace sitbreak::tray
