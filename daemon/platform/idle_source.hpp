#pragma once
// Idle is an event stream at a threshold (DESIGN §9): "idle since X" once no input came
// for break_after, "active" at the first input after that. One class per backend.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace sitbreak::platform {

class IdleListener {
public:
    virtual ~IdleListener() = default;
    // The first input after being idle, at `at`.
    virtual void user_active(core::TimePoint at) = 0;
    // No input since `since`, for at least the threshold.
    virtual void user_idle(core::TimePoint since) = 0;
};

class IdleSource {
public:
    virtual ~IdleSource() = default;
    // As `status` shows it: "x11-xsync", "x11-screensaver", "mutter", "wayland".
    [[nodiscard]] virtual std::string_view name() const = 0;
    // break_after changed (config reload). Re-arms whatever the backend watches.
    virtual void set_threshold(core::Duration threshold) = 0;
    // Time since the last input, where the backend can say (ext-idle-notify cannot).
    [[nodiscard]] virtual std::optional<core::Duration> idle_time() = 0;
};

// What probing found: a source, or why there is none (shown in status and the log).
struct IdleProbe {
    std::unique_ptr<IdleSource> source;
    std::string problem;
};

}  // namespace sitbreak::platform
