#include "calendar_words.hpp"

#include <fmt/format.h>
#include <langinfo.h>

#include <clocale>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sitbreak::common {

namespace {

using namespace std::chrono;

// C, C.UTF-8 and POSIX are no one's customs: they keep what sitbreak did before it had
// languages (ISO 8601's Monday, a 24-hour clock), where glibc's C would say Sunday.
bool plain_c() {
    const char* name = std::setlocale(LC_TIME, nullptr);
    return name == nullptr || std::strcmp(name, "C") == 0 || std::strncmp(name, "C.", 2) == 0 ||
           std::strcmp(name, "POSIX") == 0;
}

// glibc gives _NL_TIME_WEEK_1STDAY as a number (a date like 19971130) in the pointer's
// place, and the first weekday as a day count from that date's weekday, 1 being that day.
weekday glibc_first_weekday() {
    const auto stamp = static_cast<std::uint32_t>(
        reinterpret_cast<std::uintptr_t>(nl_langinfo(_NL_TIME_WEEK_1STDAY)));
    const year_month_day first_day{year{static_cast<int>(stamp / 10000)}, month{stamp / 100 % 100},
                                   day{stamp % 100}};
    const int offset = nl_langinfo(_NL_TIME_FIRST_WEEKDAY)[0];
    if (!first_day.ok() || offset < 1 || offset > 7) return Monday;
    return weekday{sys_days{first_day}} + days{offset - 1};
}

bool twelve_hour() {
    const std::string_view format = nl_langinfo(T_FMT);
    const bool ampm = format.find("%r") != std::string_view::npos ||
                      format.find("%I") != std::string_view::npos ||
                      format.find("%l") != std::string_view::npos;
    return ampm && *nl_langinfo(AM_STR) != '\0' && *nl_langinfo(PM_STR) != '\0';
}

}  // namespace

std::string weekday_abbreviation(std::chrono::weekday of) {
    return nl_langinfo(static_cast<nl_item>(ABDAY_1 + static_cast<int>(of.c_encoding())));
}

std::string month_abbreviation(std::chrono::month of) {
    return nl_langinfo(static_cast<nl_item>(ABMON_1 + static_cast<int>(unsigned{of}) - 1));
}

std::chrono::weekday first_weekday() { return plain_c() ? Monday : glibc_first_weekday(); }

std::string clock_time(std::chrono::minutes since_midnight) {
    const auto total = since_midnight.count();
    const auto hour = total / 60 % 24;
    const auto minute = total % 60;
    if (plain_c() || !twelve_hour()) return fmt::format("{:02}:{:02}", hour, minute);
    const auto hour12 = hour % 12 == 0 ? 12 : hour % 12;
    return fmt::format("{}:{:02} {}", hour12, minute, nl_langinfo(hour < 12 ? AM_STR : PM_STR));
}

}  // namespace sitbreak::common
