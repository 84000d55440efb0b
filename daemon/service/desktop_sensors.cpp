#include "service/idle_selection.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <string_view>
#include <vector>

#include "platform/dbus/mutter_idle.hpp"
#include "platform/wayland/wayland_idle.hpp"
#include "platform/x11/fullscreen_watcher.hpp"
#include "platform/x11/x11_connection.hpp"
#include "platform/x11/x11_idle.hpp"

namespace sitbreak::service {

namespace {

bool env_contains(const char* name, std::string_view word) {
    const char* value = std::getenv(name);
    return value && std::string_view{value}.find(word) != std::string_view::npos;
}

std::vector<config::IdleBackend> candidates(config::IdleBackend choice) {
    using B = config::IdleBackend;
    if (choice != B::automatic) return {choice};
    const bool wayland = std::getenv("WAYLAND_DISPLAY") != nullptr;
    if (wayland && env_contains("XDG_CURRENT_DESKTOP", "GNOME"))
        return {B::mutter, B::wayland, B::x11};
    // Under Xwayland, X11 only sees input to X clients: the last resort there.
    if (wayland) return {B::wayland, B::mutter, B::x11};
    return {B::x11, B::mutter};
}

}  // namespace

DesktopSensors::DesktopSensors(platform::EventLoop& loop, sdbus::IConnection& session)
    : loop_{loop}, session_{session} {}

DesktopSensors::~DesktopSensors() = default;

platform::X11Connection* DesktopSensors::x11() {
    if (!x11_tried_) {
        x11_tried_ = true;
        x11_ = platform::X11Connection::open(loop_, x11_problem_);
    }
    return x11_.get();
}

platform::IdleProbe DesktopSensors::try_backend(config::IdleBackend backend,
                                                platform::IdleListener& listener,
                                                core::Duration threshold) {
    switch (backend) {
    case config::IdleBackend::mutter:
        return platform::MutterIdle::create(session_, listener, threshold);
    case config::IdleBackend::wayland:
        return platform::WaylandIdle::create(loop_, listener, threshold);
    case config::IdleBackend::x11:
        if (platform::X11Connection* connection = x11()) {
            return platform::open_x11_idle(*connection, loop_, listener, threshold);
        }
        return {nullptr, x11_problem_};
    case config::IdleBackend::automatic: break;
    }
    return {nullptr, "no backend chosen"};
}

platform::IdleProbe DesktopSensors::open_idle(config::IdleBackend choice,
                                              platform::IdleListener& listener,
                                              core::Duration threshold) {
    std::string problems;
    for (const config::IdleBackend backend : candidates(choice)) {
        auto probe = try_backend(backend, listener, threshold);
        if (probe.source) return probe;
        spdlog::info("idle backend {} unavailable: {}", config::to_string(backend), probe.problem);
        problems += (problems.empty() ? "" : "; ") + std::string{config::to_string(backend)} +
                    ": " + probe.problem;
    }
    return {nullptr, problems};
}

void DesktopSensors::watch_fullscreen(platform::QuietListener& listener) {
    if (platform::X11Connection* connection = x11()) {
        fullscreen_ = std::make_unique<platform::FullscreenWatcher>(*connection, listener);
    }
}

}  // namespace sitbreak::service
