#include "wall_clock.hpp"

#include <ctime>

namespace sitbreak::platform {

core::Duration LocalZone::utc_offset(core::TimePoint t) const {
    const std::time_t seconds = static_cast<std::time_t>(t.time_since_epoch().count());
    std::tm local{};
    if (localtime_r(&seconds, &local) == nullptr) return core::Duration{0};
    return core::Duration{local.tm_gmtoff};
}

}  // namespace sitbreak::platform
