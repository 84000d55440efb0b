#pragma once
// Suppression signals: do-not-disturb, a fullscreen window and a call (DESIGN §9).
#include <string>

#include "core/engine.hpp"

namespace sitbreak::platform {

class QuietListener {
public:
    virtual ~QuietListener() = default;
    virtual void quiet_changed(core::Quiet reason, bool on) = 0;
    // Why `reason` cannot be sensed now ("" once it can): status says it.
    virtual void quiet_sensor_problem(core::Quiet reason, const std::string& problem) {
        (void)reason;
        (void)problem;
    }
};

}  // namespace sitbreak::platform
