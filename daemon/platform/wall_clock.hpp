#pragma once
// The one place the daemon reads the time of day; the core only ever gets it passed in.
#include <chrono>

#include "core/time.hpp"

namespace sitbreak::platform {

[[nodiscard]] inline core::TimePoint wall_now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

// The local zone as the C library sees it (TZ, /etc/localtime), DST included.
class LocalZone final : public core::Zone {
public:
    [[nodiscard]] core::Duration utc_offset(core::TimePoint t) const override;
};

}  // namespace sitbreak::platform
