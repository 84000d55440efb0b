#include "pulse_loop.hpp"

#include <sys/epoll.h>
#include <sys/time.h>

#include <cstdint>
#include <ctime>

// The three event types are opaque to libpulse's users; each main loop defines them.
struct pa_io_event {
    sitbreak::platform::PulseLoop* loop;
    sd_event_source* source;
    int fd;
    pa_io_event_cb_t callback;
    void* userdata;
    pa_io_event_destroy_cb_t destroy;
};

struct pa_time_event {
    sitbreak::platform::PulseLoop* loop;
    sd_event_source* source;
    pa_time_event_cb_t callback;
    void* userdata;
    pa_time_event_destroy_cb_t destroy;
};

struct pa_defer_event {
    sitbreak::platform::PulseLoop* loop;
    sd_event_source* source;
    pa_defer_event_cb_t callback;
    void* userdata;
    pa_defer_event_destroy_cb_t destroy;
};

namespace sitbreak::platform {
namespace {

// libpulse marks a time on its monotonic clock with this bit in tv_usec (pulsecore's
// PA_TIMEVAL_RTCLOCK); other times are on the wall clock.
constexpr long kRtClockBit = 1L << 30;

PulseLoop& loop_of(pa_mainloop_api* api) { return *static_cast<PulseLoop*>(api->userdata); }

std::uint32_t epoll_events(pa_io_event_flags_t flags) {
    std::uint32_t events = 0;
    if (flags & PA_IO_EVENT_INPUT) events |= EPOLLIN;
    if (flags & PA_IO_EVENT_OUTPUT) events |= EPOLLOUT;
    return events;
}

pa_io_event_flags_t pulse_flags(std::uint32_t events) {
    unsigned flags = PA_IO_EVENT_NULL;
    if (events & EPOLLIN) flags |= PA_IO_EVENT_INPUT;
    if (events & EPOLLOUT) flags |= PA_IO_EVENT_OUTPUT;
    if (events & EPOLLHUP) flags |= PA_IO_EVENT_HANGUP;
    if (events & EPOLLERR) flags |= PA_IO_EVENT_ERROR;
    return static_cast<pa_io_event_flags_t>(flags);
}

// CLOCK_MONOTONIC microseconds for libpulse's `tv`.
std::uint64_t monotonic_usec(sd_event* event, const struct timeval* tv) {
    if (tv->tv_usec & kRtClockBit) {
        return static_cast<std::uint64_t>(tv->tv_sec) * 1000000u +
               static_cast<std::uint64_t>(tv->tv_usec & ~kRtClockBit);
    }
    std::uint64_t now_mono = 0;
    sd_event_now(event, CLOCK_MONOTONIC, &now_mono);
    struct timespec now_real {};
    clock_gettime(CLOCK_REALTIME, &now_real);
    const std::int64_t wanted = static_cast<std::int64_t>(tv->tv_sec) * 1000000 + tv->tv_usec;
    const std::int64_t real = static_cast<std::int64_t>(now_real.tv_sec) * 1000000 +
                              now_real.tv_nsec / 1000;
    const std::int64_t at = static_cast<std::int64_t>(now_mono) + (wanted - real);
    return at > 0 ? static_cast<std::uint64_t>(at) : 0;
}

// ---- io ---------------------------------------------------------------------------------

int on_io(sd_event_source*, int fd, std::uint32_t revents, void* data) {
    auto* e = static_cast<pa_io_event*>(data);
    e->callback(e->loop->api(), e, fd, pulse_flags(revents), e->userdata);
    return 0;
}

pa_io_event* io_new(pa_mainloop_api* api, int fd, pa_io_event_flags_t flags, pa_io_event_cb_t cb,
                    void* userdata) {
    auto* e = new pa_io_event{&loop_of(api), nullptr, fd, cb, userdata, nullptr};
    sd_event_add_io(e->loop->event(), &e->source, fd, epoll_events(flags), on_io, e);
    if (flags == PA_IO_EVENT_NULL) sd_event_source_set_enabled(e->source, SD_EVENT_OFF);
    return e;
}

void io_enable(pa_io_event* e, pa_io_event_flags_t flags) {
    if (flags == PA_IO_EVENT_NULL) {
        sd_event_source_set_enabled(e->source, SD_EVENT_OFF);
        return;
    }
    sd_event_source_set_io_events(e->source, epoll_events(flags));
    sd_event_source_set_enabled(e->source, SD_EVENT_ON);
}

// sd-event keeps a source being dispatched until its callback returns.
void io_free(pa_io_event* e) {
    if (e->destroy) e->destroy(e->loop->api(), e, e->userdata);
    sd_event_source_disable_unref(e->source);
    delete e;
}

void io_set_destroy(pa_io_event* e, pa_io_event_destroy_cb_t cb) { e->destroy = cb; }

// ---- time -------------------------------------------------------------------------------

int on_time(sd_event_source*, std::uint64_t usec, void* data) {
    auto* e = static_cast<pa_time_event*>(data);
    struct timeval tv {};
    tv.tv_sec = static_cast<time_t>(usec / 1000000u);
    tv.tv_usec = static_cast<suseconds_t>(usec % 1000000u) | kRtClockBit;
    e->callback(e->loop->api(), e, &tv, e->userdata);
    return 0;
}

void time_restart(pa_time_event* e, const struct timeval* tv) {
    if (tv == nullptr) {
        sd_event_source_set_enabled(e->source, SD_EVENT_OFF);
        return;
    }
    sd_event_source_set_time(e->source, monotonic_usec(e->loop->event(), tv));
    sd_event_source_set_enabled(e->source, SD_EVENT_ONESHOT);
}

pa_time_event* time_new(pa_mainloop_api* api, const struct timeval* tv, pa_time_event_cb_t cb,
                        void* userdata) {
    auto* e = new pa_time_event{&loop_of(api), nullptr, cb, userdata, nullptr};
    sd_event_add_time(e->loop->event(), &e->source, CLOCK_MONOTONIC, 0, 0, on_time, e);
    sd_event_source_set_enabled(e->source, SD_EVENT_OFF);
    time_restart(e, tv);
    return e;
}

void time_free(pa_time_event* e) {
    if (e->destroy) e->destroy(e->loop->api(), e, e->userdata);
    sd_event_source_disable_unref(e->source);
    delete e;
}

void time_set_destroy(pa_time_event* e, pa_time_event_destroy_cb_t cb) { e->destroy = cb; }

// ---- defer ------------------------------------------------------------------------------

int on_defer(sd_event_source*, void* data) {
    auto* e = static_cast<pa_defer_event*>(data);
    e->callback(e->loop->api(), e, e->userdata);
    return 0;
}

pa_defer_event* defer_new(pa_mainloop_api* api, pa_defer_event_cb_t cb, void* userdata) {
    auto* e = new pa_defer_event{&loop_of(api), nullptr, cb, userdata, nullptr};
    sd_event_add_defer(e->loop->event(), &e->source, on_defer, e);  // on: once per iteration
    return e;
}

void defer_enable(pa_defer_event* e, int on) {
    sd_event_source_set_enabled(e->source, on ? SD_EVENT_ON : SD_EVENT_OFF);
}

void defer_free(pa_defer_event* e) {
    if (e->destroy) e->destroy(e->loop->api(), e, e->userdata);
    sd_event_source_disable_unref(e->source);
    delete e;
}

void defer_set_destroy(pa_defer_event* e, pa_defer_event_destroy_cb_t cb) { e->destroy = cb; }

void quit(pa_mainloop_api*, int) {}  // the daemon's loop is not libpulse's to end

}  // namespace

PulseLoop::PulseLoop(EventLoop& loop) : event_{loop.native()} {
    api_.userdata = this;
    api_.io_new = io_new;
    api_.io_enable = io_enable;
    api_.io_free = io_free;
    api_.io_set_destroy = io_set_destroy;
    api_.time_new = time_new;
    api_.time_restart = time_restart;
    api_.time_free = time_free;
    api_.time_set_destroy = time_set_destroy;
    api_.defer_new = defer_new;
    api_.defer_enable = defer_enable;
    api_.defer_free = defer_free;
    api_.defer_set_destroy = defer_set_destroy;
    api_.quit = quit;
}

}  // namespace sitbreak::platform
