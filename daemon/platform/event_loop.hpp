#pragma once
// The daemon's one event loop: sd-event, with the session bus, the X connection, the
// Wayland display, inotify and the timers as its sources. One thread; nothing ticks.
#include <sys/types.h>
#include <systemd/sd-event.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "platform/clock.hpp"

namespace sdbus {
class IConnection;
}

namespace sitbreak::platform {

// Owns one sd_event_source and the callback it calls. Dropping it removes the source.
class EventSource {
public:
    EventSource() = default;
    EventSource(EventSource&&) noexcept;
    EventSource& operator=(EventSource&&) noexcept;
    EventSource(const EventSource&) = delete;
    EventSource& operator=(const EventSource&) = delete;
    ~EventSource();
    explicit operator bool() const { return source_ != nullptr; }
    [[nodiscard]] sd_event_source* get() const { return source_; }

    struct Callbacks {
        std::function<void()> ready;
        std::function<void()> prepare;
    };

private:
    friend class EventLoop;
    sd_event_source* source_{nullptr};
    std::unique_ptr<Callbacks> callbacks_{std::make_unique<Callbacks>()};
};

// A one-shot timer on CLOCK_MONOTONIC that can be re-armed or disarmed.
class Timer final : public Alarm {
public:
    void arm(std::optional<std::chrono::microseconds> at_monotonic);
    void arm_in(std::chrono::microseconds delay) override;
    void disarm() override { arm(std::nullopt); }

private:
    friend class EventLoop;
    EventSource source_;
};

class EventLoop {
public:
    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    // `on_ready` runs when fd is ready for `events` (EPOLLIN, ...); `before_sleep`, if
    // given, every time before the loop sleeps (to drain Xlib's queue, say). Exceptions
    // they throw are logged, never passed into sd-event's C code.
    [[nodiscard]] EventSource watch_fd(int fd, std::uint32_t events, std::function<void()> on_ready,
                                       std::function<void()> before_sleep = {});
    [[nodiscard]] std::unique_ptr<Timer> timer(std::function<void()> callback);
    // Blocks the signal and delivers it here instead.
    [[nodiscard]] EventSource on_signal(int signal, std::function<void()> callback);
    // Glues an sdbus-c++ 1.2 connection to this loop (it has no attachSdEventLoop). When
    // the connection fails (the bus went away with the session), the loop stops watching
    // it and `on_lost` runs once.
    struct BusAttachment {
        EventSource io;
        std::unique_ptr<Timer> timeout;
    };
    [[nodiscard]] BusAttachment attach(sdbus::IConnection& bus, std::function<void()> on_lost = {});

    int run();
    void exit(int code);
    [[nodiscard]] std::chrono::microseconds now_monotonic() const;
    // For adapters that speak sd-event themselves (a client library's main-loop API).
    [[nodiscard]] sd_event* native() const { return event_; }

private:
    sd_event* event_{nullptr};
};

}  // namespace sitbreak::platform
