#pragma once
// Is a microphone being recorded from? Asked of the sound server (PulseAudio, or PipeWire
// through pipewire-pulse) with its own client library, libpulse, loaded when this is made and
// driven by an sd-event loop (PulseLoop): the server's subscription events wake it, nothing
// polls. It runs in the daemon's microphone helper (microphone_helper.hpp), never in the
// daemon: libpulse cannot be unloaded. A recording is a client's uncorked capture stream from a source that is not a
// monitor of an output (a screen recorder taking the desktop's sound is no call); level
// meters (pavucontrol) do not count.
#include <functional>
#include <memory>
#include <string>

#include "platform/event_loop.hpp"

namespace sitbreak::platform {

class MicWatch {
public:
    // `changed(true)` when the first recording starts, `changed(false)` when the last ends;
    // `problem(why)` when the server cannot be asked ("" once it can again).
    MicWatch(EventLoop& loop, std::function<void(bool)> changed,
             std::function<void(const std::string&)> problem);
    ~MicWatch();
    MicWatch(const MicWatch&) = delete;
    MicWatch& operator=(const MicWatch&) = delete;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace sitbreak::platform
