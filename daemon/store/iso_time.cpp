#include "iso_time.hpp"

#include <cstdio>
#include <cstdlib>

namespace sitbreak::store {

using namespace std::chrono;

namespace {

struct Civil {
    int year;
    unsigned month, day;
    long long hour, minute, second;
};

Civil civil(sys_seconds t) {
    const auto date = floor<days>(t);
    const year_month_day ymd{date};
    const hh_mm_ss<seconds> clock{t - date};
    return {int(ymd.year()),       unsigned(ymd.month()),   unsigned(ymd.day()),
            clock.hours().count(), clock.minutes().count(), clock.seconds().count()};
}

}  // namespace

std::string iso_local(core::TimePoint t, core::Duration utc_offset) {
    const Civil c = civil(t + utc_offset);
    const long long offset_minutes = std::llabs(utc_offset.count()) / 60;
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02lld:%02lld:%02lld%c%02lld:%02lld", c.year,
                  c.month, c.day, c.hour, c.minute, c.second, utc_offset.count() < 0 ? '-' : '+',
                  offset_minutes / 60, offset_minutes % 60);
    return text;
}

std::string utc_stamp(core::TimePoint t) {
    const Civil c = civil(t);
    char text[24];
    std::snprintf(text, sizeof text, "%04d%02u%02uT%02lld%02lld%02lldZ", c.year, c.month, c.day,
                  c.hour, c.minute, c.second);
    return text;
}

}  // namespace sitbreak::store
