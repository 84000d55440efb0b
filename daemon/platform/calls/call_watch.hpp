#pragma once
// A call, for schedule.quiet_when = "call": a microphone being recorded from or a camera
// open (CameraWatch). Reported to a QuietListener as Quiet::call, with why it cannot be
// told (no sound server, say) as a sensor problem. Microphones are asked about by a helper
// process (MicHelper) only while the service wants them watched, and once at the start, so
// that status can say at once when they cannot be.
#include <memory>
#include <string>

#include "platform/call_sensor.hpp"
#include "platform/calls/camera_watch.hpp"
#include "platform/calls/mic_helper.hpp"
#include "platform/quiet_listener.hpp"

namespace sitbreak::platform {

class CallWatch final : public CallSensor {
public:
    CallWatch(EventLoop& loop, QuietListener& listener);

    void watch_microphones(bool on) override;

private:
    void update();
    void microphone_problem(const std::string& problem);
    // While nothing wants the microphones watched, the helper ran for the first look only.
    void end_first_look();

    QuietListener& listener_;
    bool recording_{false};
    bool camera_{false};
    bool reported_{false};
    bool wanted_{false};
    std::string mic_problem_;
    std::unique_ptr<CameraWatch> camera_watch_;
    MicHelper microphones_;
};

}  // namespace sitbreak::platform
