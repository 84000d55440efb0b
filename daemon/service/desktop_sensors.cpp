#include "service/desktop_sensors.hpp"

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

bool wayland_session() { return std::getenv("WAYLAND_DISPLAY") != nullptr; }

std::vector<config::IdleBackend> candidates(config::IdleBackend choice) {
    using B = config::IdleBackend;
    if (choice != B::automatic) return {choice};
    // Never X11 on a Wayland session: through Xwayland it sees only input to X windows, and
    // typing in any other would count as being away. The user may still choose it.
    if (!wayland_session()) return {B::x11, B::mutter};
    if (env_contains("XDG_CURRENT_DESKTOP", "GNOME")) return {B::mutter, B::wayland, B::kde_idle};
    return {B::wayland, B::kde_idle, B::mutter};
}

}  // namespace

DesktopSensors::DesktopSensors(platform::EventLoop& loop, sdbus::IConnection& session,
                               platform::IdleListener& idle, platform::QuietListener& quiet)
    : loop_{loop},
      session_{session},
      idle_listener_{idle},
      quiet_listener_{quiet},
      teardown_{loop.timer([this] { drop(); })},
      retry_{loop.timer([this] { try_again(); })} {}

DesktopSensors::~DesktopSensors() {
    // The watchers talk to the X connection: they go first.
    fullscreen_.reset();
    idle_.reset();
}

void DesktopSensors::start(config::IdleBackend choice, core::Duration threshold) {
    choice_ = choice;
    threshold_ = threshold;
    open();
    watch_fullscreen();
    if (!idle_) {
        // A session that is still coming up (gnome-shell's idle monitor, a compositor
        // started after the user's services) has one a moment later.
        problem_ += "; trying again in " + std::to_string(backoff_.count()) + "s";
        retry_->arm_in(std::chrono::duration_cast<std::chrono::microseconds>(backoff_));
    }
}

platform::X11Connection* DesktopSensors::x11() {
    if (!x11_tried_) {
        x11_tried_ = true;
        x11_ = platform::X11Connection::open(loop_, x11_problem_);
        if (x11_) {
            const std::string display = std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "";
            x11_->on_lost([this, display] {
                lost("lost the connection to the X server " + display, true);
            });
        }
    }
    return x11_.get();
}

platform::IdleProbe DesktopSensors::try_backend(config::IdleBackend backend) {
    switch (backend) {
    case config::IdleBackend::mutter:
        return platform::MutterIdle::create(session_, idle_listener_, threshold_);
    case config::IdleBackend::wayland:
        return platform::WaylandIdle::create(loop_, idle_listener_, threshold_,
                                             platform::IdleProtocol::ext_idle_notify);
    case config::IdleBackend::kde_idle:
        return platform::WaylandIdle::create(loop_, idle_listener_, threshold_,
                                             platform::IdleProtocol::kde_idle);
    case config::IdleBackend::x11:
        if (platform::X11Connection* connection = x11()) {
            return platform::open_x11_idle(*connection, loop_, idle_listener_, threshold_);
        }
        return {nullptr, x11_problem_};
    case config::IdleBackend::automatic: break;
    }
    return {nullptr, "no backend chosen"};
}

void DesktopSensors::open() {
    std::string problems;
    for (const config::IdleBackend backend : candidates(choice_)) {
        auto probe = try_backend(backend);
        if (probe.source) {
            idle_ = std::move(probe.source);
            idle_->on_lost([this](const std::string& why) { lost(why, false); });
            problem_.clear();
            return;
        }
        spdlog::info("idle backend {} unavailable: {}", config::to_string(backend), probe.problem);
        problems += (problems.empty() ? "" : "; ") + std::string{config::to_string(backend)} +
                    ": " + probe.problem;
    }
    if (choice_ == config::IdleBackend::automatic && wayland_session()) {
        problems += "; no Wayland idle source works here, and X11 through Xwayland would see "
                    "only input to X windows: set idle.backend = \"x11\" to use it anyway";
    }
    problem_ = problems;
}

void DesktopSensors::watch_fullscreen() {
    if (platform::X11Connection* connection = x11()) {
        fullscreen_ = std::make_unique<platform::FullscreenWatcher>(*connection, quiet_listener_);
        want_fullscreen_ = false;
    }
}

std::optional<core::Duration> DesktopSensors::idle_time() {
    return idle_ ? idle_->idle_time() : std::nullopt;
}

void DesktopSensors::set_threshold(core::Duration threshold) {
    threshold_ = threshold;
    if (idle_) idle_->set_threshold(threshold);
}

bool DesktopSensors::watch_pause(std::optional<core::Duration> pause) {
    return idle_ && idle_->watch_pause(pause);
}

std::string DesktopSensors::backend() const {
    return idle_ ? std::string{idle_->name()} : "none";
}

// Runs inside the lost connection's own callback: the objects go on the next iteration.
void DesktopSensors::lost(const std::string& why, bool x_server) {
    lost_x_ = lost_x_ || x_server;
    lost_idle_ = lost_idle_ || !x_server || (idle_ && idle_->name().starts_with("x11"));
    if (lost_idle_) problem_ = why + "; trying again in " + std::to_string(backoff_.count()) + "s";
    teardown_->arm_in(std::chrono::microseconds{0});
}

void DesktopSensors::drop() {
    if (lost_x_) {
        // A fullscreen window nobody can see any more holds nothing back.
        if (fullscreen_ && fullscreen_->fullscreen()) {
            quiet_listener_.quiet_changed(core::Quiet::fullscreen, false);
        }
        want_fullscreen_ = want_fullscreen_ || fullscreen_ != nullptr;
        fullscreen_.reset();
    }
    const bool idle_dropped = lost_idle_ && idle_;
    if (lost_idle_) idle_.reset();
    if (lost_x_) {
        x11_.reset();  // after everything that talks to it
        x11_tried_ = false;
    }
    lost_x_ = lost_idle_ = false;
    if (idle_dropped) idle_listener_.idle_backend_changed();
    retry_->arm_in(std::chrono::duration_cast<std::chrono::microseconds>(backoff_));
}

void DesktopSensors::try_again() {
    if (!x11_) x11_tried_ = false;  // the server may be back since the last try
    const bool idle_was_lost = idle_ == nullptr;
    if (idle_was_lost) open();
    if (want_fullscreen_ && !fullscreen_) watch_fullscreen();
    if (idle_ && (fullscreen_ || !want_fullscreen_)) {
        backoff_ = std::chrono::seconds{1};
        if (idle_was_lost) {
            spdlog::info("idle backend {} is back", idle_->name());
            idle_listener_.idle_backend_changed();
        }
        return;
    }
    backoff_ = std::min(backoff_ * 2, kMaxBackoff);
    if (!idle_) problem_ += "; trying again in " + std::to_string(backoff_.count()) + "s";
    retry_->arm_in(std::chrono::duration_cast<std::chrono::microseconds>(backoff_));
}

}  // namespace sitbreak::service
