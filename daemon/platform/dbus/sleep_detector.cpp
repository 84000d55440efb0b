#include "sleep_detector.hpp"

#include <time.h>

namespace sitbreak::platform {
namespace {

std::chrono::nanoseconds read(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return std::chrono::seconds{now.tv_sec} + std::chrono::nanoseconds{now.tv_nsec};
}

}  // namespace

ClockReading read_clocks() { return {read(CLOCK_BOOTTIME), read(CLOCK_MONOTONIC)}; }

std::chrono::nanoseconds time_asleep(ClockReading earlier, ClockReading later,
                                     std::chrono::nanoseconds at_least) {
    const auto asleep = (later.boottime - earlier.boottime) - (later.monotonic - earlier.monotonic);
    return asleep >= at_least ? asleep : std::chrono::nanoseconds{0};
}

void SleepDetector::check(ClockReading now, core::TimePoint wall) {
    const auto asleep = time_asleep(last_, now);
    last_ = now;
    if (asleep == std::chrono::nanoseconds{0}) return;
    // Wall time is in whole seconds; round the nap to the nearest one.
    const auto seconds = std::chrono::round<core::Duration>(asleep);
    listener_.system_slept(wall - seconds, wall);
}

}  // namespace sitbreak::platform
