#include "tray/windows/day_date.hpp"

#include <array>
#include <cstdio>

namespace sitbreak::tray {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> weekday_names{"Mon", "Tue", "Wed", "Thu",
                                                        "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool all_digits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

int number(std::string_view digits) {
    int value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const std::string_view y = text.substr(0, 4);
    const std::string_view m = text.substr(5, 2);
    const std::string_view d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    const year_month_day ymd{year{number(y)}, month{static_cast<unsigned>(number(m))},
                             day{static_cast<unsigned>(number(d))}};
    if (!ymd.ok()) return std::nullopt;
    return Date{ymd};
}

std::string format_date(Date date) {
    const year_month_day ymd{date};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

int weekday_row(Date date) { return static_cast<int>(weekday{date}.iso_encoding()) - 1; }

std::string_view weekday_abbreviation(Date date) {
    return weekday_names[static_cast<std::size_t>(weekday_row(date))];
}

std::string_view month_abbreviation(Date date) {
    const unsigned month_number = static_cast<unsigned>(year_month_day{date}.month());
    return month_names[month_number - 1];
}

std::string day_label(Date date, Date today) {
    if (date == today) return "Today";
    if (date == today - days{1}) return "Yesterday";
    const unsigned day_number = static_cast<unsigned>(year_month_day{date}.day());
    return std::string{weekday_abbreviation(date)} + " " + std::to_string(day_number) + " " +
           std::string{month_abbreviation(date)};
}

}  // namespace sitbreak::tray
