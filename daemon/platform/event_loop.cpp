#include "event_loop.hpp"

#include <poll.h>
#include <sdbus-c++/Error.h>
#include <sdbus-c++/IConnection.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/epoll.h>

#include <cstring>
#include <ctime>
#include <stdexcept>
#include <string>
#include <utility>

namespace sitbreak::platform {
namespace {

void check(int result, const char* what) {
    if (result < 0) throw std::runtime_error{std::string{what} + ": " + std::strerror(-result)};
}

using Callbacks = EventSource::Callbacks;

// Every callback goes through here: a C++ exception must not unwind through sd-event.
int run_guarded(const std::function<void()>& callback) {
    try {
        if (callback) callback();
    } catch (const std::exception& error) {
        spdlog::error("event handler failed: {}", error.what());
    }
    return 0;
}

// What sd-bus wants before the loop sleeps: which events on its fd, and until when.
void await_bus(sdbus::IConnection& bus, Timer* timeout, sd_event_source* io_source) {
    const auto poll = bus.getEventLoopPollData();
    std::uint32_t events = EPOLLIN;
    if (poll.events & POLLOUT) events |= EPOLLOUT;
    sd_event_source_set_io_events(io_source, events);
    if (poll.timeout_usec == UINT64_MAX) {
        timeout->disarm();
    } else {
        timeout->arm(std::chrono::microseconds{static_cast<std::int64_t>(poll.timeout_usec)});
    }
}

int on_io(sd_event_source*, int, std::uint32_t, void* userdata) {
    return run_guarded(static_cast<Callbacks*>(userdata)->ready);
}
int on_time(sd_event_source*, std::uint64_t, void* userdata) {
    return run_guarded(static_cast<Callbacks*>(userdata)->ready);
}
int on_prepare(sd_event_source*, void* userdata) {
    return run_guarded(static_cast<Callbacks*>(userdata)->prepare);
}
int on_signal_info(sd_event_source*, const signalfd_siginfo*, void* userdata) {
    return run_guarded(static_cast<Callbacks*>(userdata)->ready);
}

}  // namespace

EventSource::EventSource(EventSource&& other) noexcept
    : source_{std::exchange(other.source_, nullptr)}, callbacks_{std::move(other.callbacks_)} {}

EventSource& EventSource::operator=(EventSource&& other) noexcept {
    if (this != &other) {
        sd_event_source_disable_unref(source_);
        source_ = std::exchange(other.source_, nullptr);
        callbacks_ = std::move(other.callbacks_);
    }
    return *this;
}

EventSource::~EventSource() { sd_event_source_disable_unref(source_); }

void Timer::arm(std::optional<std::chrono::microseconds> at_monotonic) {
    if (!at_monotonic) {
        sd_event_source_set_enabled(source_.get(), SD_EVENT_OFF);
        return;
    }
    sd_event_source_set_time(source_.get(), static_cast<std::uint64_t>(
                                                std::max<std::int64_t>(at_monotonic->count(), 1)));
    sd_event_source_set_enabled(source_.get(), SD_EVENT_ONESHOT);
}

void Timer::arm_in(std::chrono::microseconds delay) {
    // The clock itself, not sd_event_now(): the loop's cached time is from its last
    // wake-up and would make the timer fire early.
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    arm(std::chrono::seconds{now.tv_sec} + std::chrono::microseconds{now.tv_nsec / 1000} + delay);
}

EventLoop::EventLoop() { check(sd_event_new(&event_), "cannot create the event loop"); }

EventLoop::~EventLoop() { sd_event_unref(event_); }

EventSource EventLoop::watch_fd(int fd, std::uint32_t events, std::function<void()> on_ready,
                                std::function<void()> before_sleep) {
    EventSource source;
    source.callbacks_->ready = std::move(on_ready);
    source.callbacks_->prepare = std::move(before_sleep);
    check(sd_event_add_io(event_, &source.source_, fd, events, on_io, source.callbacks_.get()),
          "cannot watch a file descriptor");
    if (source.callbacks_->prepare) {
        check(sd_event_source_set_prepare(source.source_, on_prepare), "cannot add a prepare step");
    }
    return source;
}

std::unique_ptr<Timer> EventLoop::timer(std::function<void()> callback) {
    auto timer = std::make_unique<Timer>();
    timer->source_.callbacks_->ready = std::move(callback);
    // 1 ms accuracy: prompts land on the second, and there are few wake-ups to coalesce.
    check(sd_event_add_time(event_, &timer->source_.source_, CLOCK_MONOTONIC, UINT64_MAX, 1000,
                            on_time, timer->source_.callbacks_.get()),
          "cannot add a timer");
    sd_event_source_set_enabled(timer->source_.source_, SD_EVENT_OFF);
    return timer;
}

EventSource EventLoop::on_signal(int signal, std::function<void()> callback) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    sigprocmask(SIG_BLOCK, &set, nullptr);
    EventSource source;
    source.callbacks_->ready = std::move(callback);
    check(sd_event_add_signal(event_, &source.source_, signal, on_signal_info,
                              source.callbacks_.get()),
          "cannot watch a signal");
    return source;
}

EventLoop::BusAttachment EventLoop::attach(sdbus::IConnection& bus, std::function<void()> on_lost) {
    // Set below, once the sources it turns off exist.
    auto give_up = std::make_shared<std::function<void(const sdbus::Error&)>>();
    auto process = [&bus, give_up] {
        try {
            while (bus.processPendingRequest()) {
            }
        } catch (const sdbus::Error& error) {
            (*give_up)(error);
        }
    };
    BusAttachment attachment;
    attachment.timeout = timer(process);
    Timer* timeout = attachment.timeout.get();
    auto io_source = std::make_shared<sd_event_source*>(nullptr);
    // sd-bus fails every call once the socket is gone: stop asking, say so once.
    *give_up = [timeout, io_source, on_lost = std::move(on_lost),
                lost = false](const sdbus::Error& error) mutable {
        if (lost) return;
        lost = true;
        sd_event_source_set_enabled(*io_source, SD_EVENT_OFF);
        timeout->disarm();
        spdlog::error("lost the session bus: {}", error.getMessage());
        if (on_lost) on_lost();
    };
    // sd-bus's wishes change with every message: read them again before each sleep.
    attachment.io = watch_fd(bus.getEventLoopPollData().fd, EPOLLIN, process,
                             [&bus, timeout, io_source, give_up] {
                                 try {
                                     await_bus(bus, timeout, *io_source);
                                 } catch (const sdbus::Error& error) {
                                     (*give_up)(error);
                                 }
                             });
    *io_source = attachment.io.get();
    return attachment;
}

int EventLoop::run() { return sd_event_loop(event_); }

void EventLoop::exit(int code) { sd_event_exit(event_, code); }

std::chrono::microseconds EventLoop::now_monotonic() const {
    std::uint64_t now = 0;
    sd_event_now(event_, CLOCK_MONOTONIC, &now);
    return std::chrono::microseconds{static_cast<std::int64_t>(now)};
}

}  // namespace sitbreak::platform
