#pragma once
// Dates and times in the user's customs (LC_TIME, taken by set_up_translation): the names of
// weekdays and months, the first day of the week, a 12- or 24-hour clock. Under C they are
// English with Monday first and a 24-hour clock, as sitbreak was before it spoke languages.
// Machine formats (ISO dates in JSON, CSV and D-Bus) never come through here.
#include <chrono>
#include <string>

namespace sitbreak::common {

[[nodiscard]] std::string weekday_abbreviation(std::chrono::weekday day);  // "Mon", "Mo", "lun"
[[nodiscard]] std::string month_abbreviation(std::chrono::month month);    // "Jun", "Jun", "jun"

// The day calendars of the locale start with: Sunday in en_US, Monday in de_DE.
[[nodiscard]] std::chrono::weekday first_weekday();

// A time of day as clocks of the locale show it: "14:30", or "2:30 PM" where the locale
// writes times with AM and PM.
[[nodiscard]] std::string clock_time(std::chrono::minutes since_midnight);

}  // namespace sitbreak::common
