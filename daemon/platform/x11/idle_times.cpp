#include "idle_times.hpp"

#include <time.h>

#include <algorithm>

namespace sitbreak::platform::x11 {

std::chrono::microseconds monotonic_now() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::chrono::seconds{now.tv_sec} + std::chrono::duration_cast<std::chrono::microseconds>(
                                                  std::chrono::nanoseconds{now.tv_nsec});
}

milliseconds threshold_ms(core::Duration threshold) {
    return std::max(milliseconds{1}, std::chrono::duration_cast<milliseconds>(threshold));
}

}  // namespace sitbreak::platform::x11
