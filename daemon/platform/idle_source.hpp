#pragma once
// Idle is an event stream at a threshold (DESIGN §9): "idle since X" once no input came
// for break_after, "active" at the first input after that. One class per backend.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.hpp"

namespace sitbreak::platform {

// Times are how long ago, not when: the backends read no clock, and the service stamps
// what they report on its own (issue 12: the wall clock may step at any moment).
class IdleListener {
public:
    virtual ~IdleListener() = default;
    // The first input after being idle came `ago` before now.
    virtual void user_active(core::Duration ago) = 0;
    // No input for `idle_for`, which is at least the threshold.
    virtual void user_idle(core::Duration idle_for) = 0;
    // The backend in use was lost, or one is back (ActivitySensor says which).
    virtual void idle_backend_changed() = 0;
    // No input for the pause watch_pause asked for (prompt.wait_for_pause).
    virtual void user_paused() = 0;
};

class IdleSource {
public:
    virtual ~IdleSource() = default;
    // `lost` runs once if the backend's connection breaks (the compositor went away); the
    // X11 backends' connection is watched by whoever made it.
    void on_lost(std::function<void(const std::string& why)> lost) { lost_ = std::move(lost); }
    // As `status` shows it: "x11-xsync", "x11-screensaver", "mutter", "wayland".
    [[nodiscard]] virtual std::string_view name() const = 0;
    // break_after changed (config reload). Re-arms whatever the backend watches.
    virtual void set_threshold(core::Duration threshold) = 0;
    // Time since the last input, where the backend can say (ext-idle-notify cannot).
    [[nodiscard]] virtual std::optional<core::Duration> idle_time() = 0;
    // Arms a report (user_paused) at the next `pause` with no input, or with nullopt
    // disarms it; a second call with the same pause changes nothing. A pause already under
    // way when it is armed may go unreported: the caller looks at idle_time(). False when
    // the backend has no such alarm.
    virtual bool watch_pause(std::optional<core::Duration> pause) {
        (void)pause;
        return false;
    }

protected:
    void report_lost(const std::string& why) {
        if (lost_) lost_(why);
    }

private:
    std::function<void(const std::string&)> lost_;
};

// What probing found: a source, or why there is none (shown in status and the log).
struct IdleProbe {
    std::unique_ptr<IdleSource> source;
    std::string problem;
};

// The idle backend as the service sees it: one at a time, chosen by the platform, and
// reopened by it when its connection is lost (DESIGN §9).
class ActivitySensor {
public:
    virtual ~ActivitySensor() = default;
    // Time since the last input, where the backend can say; nullopt without a backend.
    [[nodiscard]] virtual std::optional<core::Duration> idle_time() = 0;
    virtual void set_threshold(core::Duration threshold) = 0;
    // As IdleSource::watch_pause, on the backend in use (false without one).
    virtual bool watch_pause(std::optional<core::Duration> pause) = 0;
    // The backend's name for status ("x11-xsync"), or "none".
    [[nodiscard]] virtual std::string backend() const = 0;
    // Why there is no backend, or what was lost; empty while one works.
    [[nodiscard]] virtual std::string problem() const = 0;
};

}  // namespace sitbreak::platform
