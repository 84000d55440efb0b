#pragma once
// sdbus-c++ 1.2 on the GLib main loop that wxGTK runs: one custom GSource, one thread. No
// enterEventLoopAsync thread, no polling: GLib sleeps in poll() on the bus fd with the
// timeout sd-bus asks for, and wakes only when a message or a call's timeout is due.
#include <functional>
#include <string>

namespace sdbus {
class IConnection;
}

namespace sitbreak::tray {

class BusSource {
public:
    // `on_lost` runs once if the connection breaks (the session bus went away); the source
    // then stops watching it. It runs inside the source's dispatch: it must not destroy the
    // BusSource itself (defer that, e.g. with CallAfter).
    BusSource(sdbus::IConnection& bus, std::function<void(const std::string& why)> on_lost);
    ~BusSource();
    BusSource(const BusSource&) = delete;
    BusSource& operator=(const BusSource&) = delete;

    struct Source;  // the GSource with our fields after it

private:
    Source* source_;
};

}  // namespace sitbreak::tray
