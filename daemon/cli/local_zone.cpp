#include "cli/local_zone.hpp"

#include <time.h>

#include <chrono>

namespace sitbreak::cli {

core::Duration LocalZone::utc_offset(core::TimePoint t) const {
    const time_t seconds = static_cast<time_t>(t.time_since_epoch().count());
    struct tm local {};
    if (localtime_r(&seconds, &local) == nullptr) return core::Duration{0};
    return core::Duration{local.tm_gmtoff};
}

core::TimePoint wall_now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace sitbreak::cli
