#pragma once
// libpulse's main-loop API (pa_mainloop_api) on the daemon's sd-event loop, so that the
// sound server's client library runs in the daemon's one thread, woken only by its socket
// and its own timers: no polling, no thread of its own (as pa_threaded_mainloop would have).
#include <pulse/mainloop-api.h>

#include "platform/event_loop.hpp"

namespace sitbreak::platform {

class PulseLoop {
public:
    explicit PulseLoop(EventLoop& loop);
    PulseLoop(const PulseLoop&) = delete;
    PulseLoop& operator=(const PulseLoop&) = delete;

    // For pa_context_new. Valid as long as this object.
    [[nodiscard]] pa_mainloop_api* api() { return &api_; }
    [[nodiscard]] sd_event* event() const { return event_; }

private:
    sd_event* event_;
    pa_mainloop_api api_{};
};

}  // namespace sitbreak::platform
