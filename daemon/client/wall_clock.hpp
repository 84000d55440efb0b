#pragma once
// The one place the daemon reads the time of day; the core only ever gets it passed in.
#include <chrono>

#include "common/time.hpp"

namespace sitbreak::client {

[[nodiscard]] inline common::TimePoint wall_now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

// The local zone as the C library sees it (TZ, /etc/localtime), DST included.
class LocalZone final : public common::Zone {
public:
    [[nodiscard]] common::Duration utc_offset(common::TimePoint t) const override;
};

}  // namespace sitbreak::client
