#include "wayland_idle.hpp"

#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/epoll.h>
#include <wayland-client.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

WaylandIdle& self(void* data) { return *static_cast<WaylandIdle*>(data); }

const wl_registry_listener registry_listener{
    .global =
        [](void* data, wl_registry* registry, std::uint32_t name, const char* interface,
           std::uint32_t version) {
            guarded("wl_registry.global",
                    [&] { self(data).on_global(registry, name, interface, version); });
        },
    .global_remove = [](void*, wl_registry*, std::uint32_t) {},
};

// wl_display_roundtrip, but giving up after `timeout`: a compositor that does not answer
// must not hang the daemon's start-up. False on timeout or a broken connection.
bool roundtrip(wl_display* display, std::chrono::milliseconds timeout) {
    bool done = false;
    static const wl_callback_listener listener{
        .done = [](void* data, wl_callback*, std::uint32_t) { *static_cast<bool*>(data) = true; },
    };
    wl_callback* callback = wl_display_sync(display);
    wl_callback_add_listener(callback, &listener, &done);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool broken = false;
    while (!done && !broken) {
        while (wl_display_prepare_read(display) != 0) wl_display_dispatch_pending(display);
        wl_display_flush(display);
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd fd{wl_display_get_fd(display), POLLIN, 0};
        if (left.count() <= 0 || ::poll(&fd, 1, static_cast<int>(left.count())) <= 0) {
            wl_display_cancel_read(display);
            break;
        }
        broken = wl_display_read_events(display) < 0 || wl_display_dispatch_pending(display) < 0;
    }
    wl_callback_destroy(callback);
    return done;
}

// wlroots takes a timeout of 0 as "never": 1 ms is the shortest that works everywhere.
constexpr std::chrono::milliseconds kFirstInput{1};
constexpr std::chrono::milliseconds kRecent{1000};

}  // namespace

IdleProbe WaylandIdle::create(EventLoop& loop, IdleListener& listener, core::Duration threshold,
                              IdleProtocol protocol) {
    const char* socket = std::getenv("WAYLAND_DISPLAY");
    if ((!socket || !*socket) && !std::getenv("WAYLAND_SOCKET")) {
        return {nullptr, "WAYLAND_DISPLAY is not set: this is not a Wayland session"};
    }
    wl_display* display = wl_display_connect(nullptr);
    if (!display) {
        return {nullptr, std::string{"cannot connect to the Wayland compositor at "} +
                             (socket ? socket : "WAYLAND_SOCKET") + ": " + std::strerror(errno)};
    }
    std::unique_ptr<WaylandIdle> source{new WaylandIdle{display, listener, threshold, protocol}};
    source->registry_ = wl_display_get_registry(display);
    wl_registry_add_listener(source->registry_, &registry_listener, source.get());
    // One round trip at start-up for the globals, blocking but bounded.
    if (!roundtrip(display, std::chrono::seconds{2})) {
        return {nullptr, "the Wayland compositor did not answer within 2 s"};
    }
    if (!source->manager_) {
        return {nullptr,
                "the Wayland compositor does not offer " + std::string{protocol_name(protocol)}};
    }
    if (!source->seat_) return {nullptr, "the Wayland compositor has no seat to watch"};
    source->at_threshold_ = source->watch(threshold);
    source->first_input_ = source->watch(kFirstInput);
    source->source_ = loop.watch_fd(
        wl_display_get_fd(display), EPOLLIN, [raw = source.get()] { raw->read_and_dispatch(); },
        [raw = source.get()] { raw->flush(); });
    source->flush();
    return {std::move(source), {}};
}

WaylandIdle::WaylandIdle(wl_display* display, IdleListener& listener, core::Duration threshold,
                         IdleProtocol protocol)
    : display_{display}, listener_{listener}, threshold_{threshold}, protocol_{protocol} {}

WaylandIdle::~WaylandIdle() {
    source_ = EventSource{};
    at_threshold_.reset();
    first_input_.reset();
    recent_.reset();
    if (manager_) destroy_manager(protocol_, manager_);
    if (seat_) wl_seat_destroy(seat_);
    if (registry_) wl_registry_destroy(registry_);
    wl_display_flush(display_);
    wl_display_disconnect(display_);
}

std::string_view WaylandIdle::name() const {
    return protocol_ == IdleProtocol::ext_idle_notify ? "wayland" : "kde-idle";
}

void WaylandIdle::on_global(wl_registry* registry, unsigned name, std::string_view interface,
                            unsigned) {
    const wl_interface& manager = manager_interface(protocol_);
    if (interface == manager.name && !manager_) {
        manager_ = static_cast<wl_proxy*>(wl_registry_bind(registry, name, &manager, 1));
    } else if (interface == wl_seat_interface.name && !seat_) {
        // The first seat: a desktop has one; input on any seat would do for sitting.
        seat_ = static_cast<wl_seat*>(wl_registry_bind(registry, name, &wl_seat_interface, 1));
    }
}

std::unique_ptr<IdleWatch> WaylandIdle::watch(std::chrono::milliseconds timeout) {
    IdleWatchListener& listener = *this;  // a private base: convert here, not in make_unique
    return std::make_unique<IdleWatch>(protocol_, manager_, seat_, timeout, listener);
}

void WaylandIdle::set_threshold(core::Duration threshold) {
    if (threshold == threshold_ || !at_threshold_ || lost_) return;
    threshold_ = threshold;
    // A watch's timeout is fixed at creation. If the user is idle now, the new one will
    // not say "resumed" until it has said "idled" itself: the 1-ms watch sees the return.
    at_threshold_ = watch(threshold);
    if (idle_ && !first_input_) first_input_ = watch(kFirstInput);
    flush();
}

std::optional<core::Duration> WaylandIdle::idle_time() {
    if (idle_ || !recent_) return std::nullopt;
    if (!quiet_since_) return core::Duration{0};
    return std::chrono::floor<core::Duration>(Clock::now() - *quiet_since_);
}

bool WaylandIdle::watch_pause(std::optional<core::Duration> pause) {
    if (lost_) return false;
    if (pause == pause_length_) return true;
    pause_length_ = pause;
    pause_.reset();
    if (pause) pause_ = watch(std::chrono::ceil<std::chrono::milliseconds>(*pause));
    flush();
    return true;
}

void WaylandIdle::idled(const IdleWatch& watch) {
    if (&watch == pause_.get()) {
        pause_.reset();  // the last use of `watch`
        pause_length_.reset();
        listener_.user_paused();
    } else if (&watch == at_threshold_.get()) {
        if (!idle_) went_idle();
    } else if (&watch == recent_.get()) {
        // Past break_after the service needs no more help: the spell is confirmed or over.
        if (Clock::now() - active_since_ >= threshold_) {
            recent_.reset();
            quiet_since_.reset();
        } else {
            quiet_since_ = Clock::now() - kRecent;
        }
    }
}

void WaylandIdle::resumed(const IdleWatch& watch) {
    if (&watch == first_input_.get()) {
        first_input_.reset();  // the last use of `watch`
        if (idle_) went_active();
    } else if (&watch == at_threshold_.get()) {
        if (idle_) went_active();
    } else if (&watch == recent_.get()) {
        quiet_since_.reset();
    }
}

void WaylandIdle::went_active() {
    idle_ = false;
    first_input_.reset();
    active_since_ = Clock::now();
    recent_ = watch(kRecent);
    quiet_since_.reset();
    listener_.user_active(core::Duration{0});
}

void WaylandIdle::went_idle() {
    idle_ = true;
    recent_.reset();
    quiet_since_.reset();
    listener_.user_idle(threshold_);
}

void WaylandIdle::read_and_dispatch() {
    // Single-threaded, so prepare_read succeeds once the queue is empty, and the fd is
    // readable: read_events does not block.
    while (wl_display_prepare_read(display_) != 0) wl_display_dispatch_pending(display_);
    if (wl_display_read_events(display_) < 0 || wl_display_dispatch_pending(display_) < 0) {
        stop(std::strerror(errno));
    }
}

void WaylandIdle::flush() {
    // Before the loop sleeps: events queued by a dispatch elsewhere, then requests out.
    if (lost_) return;
    if (wl_display_dispatch_pending(display_) < 0) {
        stop(std::strerror(errno));
        return;
    }
    if (wl_display_flush(display_) < 0 && errno != EAGAIN) stop(std::strerror(errno));
}

void WaylandIdle::stop(std::string_view why) {
    // The compositor went away, which ends the session; say so once and go quiet.
    // Disabled, not destroyed: we may be inside this source's own callback.
    if (lost_) return;
    lost_ = true;
    spdlog::error("lost the Wayland compositor ({}); no more idle events from it", why);
    sd_event_source_set_enabled(source_.get(), SD_EVENT_OFF);
    report_lost("lost the Wayland compositor (" + std::string{why} + ")");
}

}  // namespace sitbreak::platform
