#pragma once
// Suspend measured without logind: CLOCK_BOOTTIME counts through suspend and
// CLOCK_MONOTONIC does not, so their difference grows by exactly the time asleep
// (DESIGN §3, §13). The daemon calls check() whenever its loop wakes: two clock reads.
#include <chrono>

#include "core/time.hpp"
#include "platform/session_watcher.hpp"
#include "platform/wall_clock.hpp"

namespace sitbreak::platform {

struct ClockReading {
    std::chrono::nanoseconds boottime;
    std::chrono::nanoseconds monotonic;
};

[[nodiscard]] ClockReading read_clocks();

// Time asleep between two readings. Below `at_least` it is clock noise (the two reads
// are not atomic) and the answer is zero.
[[nodiscard]] std::chrono::nanoseconds time_asleep(
    ClockReading earlier, ClockReading later,
    std::chrono::nanoseconds at_least = std::chrono::seconds{1});

class SleepDetector {
public:
    explicit SleepDetector(SessionListener& listener) : SleepDetector{listener, read_clocks()} {}
    SleepDetector(SessionListener& listener, ClockReading start)
        : listener_{listener}, last_{start} {}

    // Reports system_slept(now - asleep, now) if the machine slept since the last check.
    void check() { check(read_clocks(), wall_now()); }
    // The same with the readings given (tests).
    void check(ClockReading now, core::TimePoint wall);

private:
    SessionListener& listener_;
    ClockReading last_;
};

}  // namespace sitbreak::platform
