#pragma once
// The desktop's sensors for the service: the idle backend (idle.backend, DESIGN §9) and
// fullscreen detection, with the connections they need. When a connection is lost (the X
// server or the compositor went away), the service is told (the user counts as away from
// the last input known) and the backend is opened again with backoff (issue 12, defect 7).
#include <sdbus-c++/IConnection.h>

#include <chrono>
#include <memory>
#include <string>

#include "config/settings.hpp"
#include "platform/event_loop.hpp"
#include "platform/idle_source.hpp"
#include "platform/quiet_listener.hpp"

namespace sitbreak::platform {
class X11Connection;
class FullscreenWatcher;
}  // namespace sitbreak::platform

namespace sitbreak::service {

class DesktopSensors final : public platform::ActivitySensor {
public:
    // Retries of a lost backend come after 1 s, then twice as long each time, up to this.
    static constexpr std::chrono::seconds kMaxBackoff{60};

    DesktopSensors(platform::EventLoop& loop, sdbus::IConnection& session,
                   platform::IdleListener& idle, platform::QuietListener& quiet);
    ~DesktopSensors() override;
    DesktopSensors(const DesktopSensors&) = delete;
    DesktopSensors& operator=(const DesktopSensors&) = delete;

    // Tries the backends `choice` allows, in an order that fits the session: GNOME on
    // Wayland -> Mutter first; other Wayland -> ext-idle-notify; X11 -> XSync, then
    // XScreenSaver. problem() says why none worked. Fullscreen detection comes with X11.
    void start(config::IdleBackend choice, core::Duration threshold);

    [[nodiscard]] std::optional<core::Duration> idle_time() override;
    void set_threshold(core::Duration threshold) override;
    bool watch_pause(std::optional<core::Duration> pause) override;
    [[nodiscard]] std::string backend() const override;
    [[nodiscard]] std::string problem() const override { return problem_; }

private:
    void open();
    platform::IdleProbe try_backend(config::IdleBackend backend);
    platform::X11Connection* x11();
    void watch_fullscreen();
    // A connection broke: the X server's (everything on it goes) or the idle backend's.
    void lost(const std::string& why, bool x_server);
    void drop();
    void try_again();

    platform::EventLoop& loop_;
    sdbus::IConnection& session_;
    platform::IdleListener& idle_listener_;
    platform::QuietListener& quiet_listener_;
    config::IdleBackend choice_{config::IdleBackend::automatic};
    core::Duration threshold_{0};
    std::unique_ptr<platform::X11Connection> x11_;
    std::string x11_problem_;
    bool x11_tried_{false};
    std::unique_ptr<platform::IdleSource> idle_;
    std::unique_ptr<platform::FullscreenWatcher> fullscreen_;
    std::string problem_;
    bool lost_x_{false};
    bool lost_idle_{false};
    bool want_fullscreen_{false};  // it was lost with the X server and comes back with it
    std::unique_ptr<platform::Timer> teardown_;
    std::unique_ptr<platform::Timer> retry_;
    std::chrono::seconds backoff_{1};
};

}  // namespace sitbreak::service
