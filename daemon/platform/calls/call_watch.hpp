#pragma once
// A call, for schedule.quiet_when = "call": a microphone being recorded from (MicWatch) or
// a camera open (CameraWatch). Reported to a QuietListener as Quiet::call, with why it
// cannot be told (no sound server, say) as a sensor problem.
#include <memory>
#include <string>

#include "platform/calls/camera_watch.hpp"
#include "platform/calls/mic_watch.hpp"
#include "platform/quiet_listener.hpp"

namespace sitbreak::platform {

class CallWatch {
public:
    CallWatch(EventLoop& loop, QuietListener& listener);

private:
    void update();

    QuietListener& listener_;
    bool recording_{false};
    bool camera_{false};
    bool reported_{false};
    std::string mic_problem_;
    std::unique_ptr<CameraWatch> camera_watch_;
    std::unique_ptr<MicWatch> mic_watch_;  // last: it reports as it is made
};

}  // namespace sitbreak::platform
