#pragma once
// Picks the idle backend for this session (idle.backend, DESIGN §9) and keeps alive
// whatever connection it needs.
#include <sdbus-c++/IConnection.h>

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

class DesktopSensors {
public:
    DesktopSensors(platform::EventLoop& loop, sdbus::IConnection& session);
    ~DesktopSensors();

    // Tries the backends `choice` allows, in an order that fits the session: GNOME on
    // Wayland → Mutter first; other Wayland → ext-idle-notify; X11 → XSync, then
    // XScreenSaver. problem says why nothing worked.
    platform::IdleProbe open_idle(config::IdleBackend choice, platform::IdleListener& listener,
                                  core::Duration threshold);
    // Fullscreen detection needs X11; quietly nothing without it.
    void watch_fullscreen(platform::QuietListener& listener);

private:
    platform::IdleProbe try_backend(config::IdleBackend backend, platform::IdleListener& listener,
                                    core::Duration threshold);
    platform::X11Connection* x11();

    platform::EventLoop& loop_;
    sdbus::IConnection& session_;
    std::unique_ptr<platform::X11Connection> x11_;
    std::string x11_problem_;
    bool x11_tried_{false};
    std::unique_ptr<platform::FullscreenWatcher> fullscreen_;
};

}  // namespace sitbreak::service
