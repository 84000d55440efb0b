#pragma once
// Lock, unlock and suspend from logind (DESIGN §9).

namespace sitbreak::platform {

class SessionListener {
public:
    virtual ~SessionListener() = default;
    virtual void session_locked() = 0;
    virtual void session_unlocked() = 0;
    // logind's PrepareForSleep: about to sleep, and awake again. How long the machine
    // slept is the clocks' to say (CLOCK_BOOTTIME - CLOCK_MONOTONIC), with or without these.
    virtual void system_suspending() = 0;
    virtual void system_resumed() = 0;
};

}  // namespace sitbreak::platform
