#include "wall_clock.hpp"

#include <ctime>

namespace sitbreak::client {

common::Duration LocalZone::utc_offset(common::TimePoint t) const {
    const std::time_t seconds = static_cast<std::time_t>(t.time_since_epoch().count());
    std::tm local{};
    if (localtime_r(&seconds, &local) == nullptr) return common::Duration{0};
    return common::Duration{local.tm_gmtoff};
}

}  // namespace sitbreak::client
