#pragma once
// schedule.quiet_when's call, as the service drives it. Cameras are watched all the time
// (inotify: nothing runs until one opens); microphones only while the service asks, from a
// little before a prompt may show until it showed, since asking the sound server means
// holding its client library (about 2 MiB) in a helper process while it is asked.
namespace sitbreak::platform {

class CallSensor {
public:
    virtual ~CallSensor() = default;
    virtual void watch_microphones(bool on) = 0;
};

}  // namespace sitbreak::platform
