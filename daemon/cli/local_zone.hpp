#pragma once
// The local time zone for the CLI's "paused until 14:30". The daemon has the same thing
// in platform/wall_clock.hpp; the CLI does not link sitbreak_platform because that would
// pull spdlog and the desktop adapters into a client that makes one call.
#include "core/time.hpp"

namespace sitbreak::cli {

class LocalZone final : public core::Zone {
public:
    [[nodiscard]] core::Duration utc_offset(core::TimePoint t) const override;
};

[[nodiscard]] core::TimePoint wall_now();

}  // namespace sitbreak::cli
