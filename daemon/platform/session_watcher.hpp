#pragma once
// Lock, unlock and suspend from logind (DESIGN §9), plus suspend measured from
// CLOCK_BOOTTIME - CLOCK_MONOTONIC for systems without logind.
#include <string>

#include "core/time.hpp"

namespace sitbreak::platform {

class SessionListener {
public:
    virtual ~SessionListener() = default;
    virtual void session_locked(core::TimePoint at) = 0;
    virtual void session_unlocked(core::TimePoint at) = 0;
    // The machine slept from `from` to `to` (wall clock).
    virtual void system_slept(core::TimePoint from, core::TimePoint to) = 0;
};

}  // namespace sitbreak::platform
