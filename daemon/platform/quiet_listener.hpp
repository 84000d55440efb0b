#pragma once
// Suppression signals: do-not-disturb and a fullscreen window (DESIGN §9).
#include "core/engine.hpp"

namespace sitbreak::platform {

class QuietListener {
public:
    virtual ~QuietListener() = default;
    virtual void quiet_changed(core::Quiet reason, bool on) = 0;
};

}  // namespace sitbreak::platform
