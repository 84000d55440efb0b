#pragma once
// Turning an X server's "milliseconds since the last input" into the times the engine and
// the event loop use.
#include <chrono>

#include "core/time.hpp"

namespace sitbreak::platform::x11 {

using std::chrono::milliseconds;

// CLOCK_MONOTONIC now, read afresh. (The loop's cached "now" is the time of its last
// wake-up, which is stale when a request was made outside a loop callback.)
[[nodiscard]] std::chrono::microseconds monotonic_now();

// A threshold in milliseconds, at least 1 ms: a zero threshold would never fire.
[[nodiscard]] milliseconds threshold_ms(core::Duration threshold);

}  // namespace sitbreak::platform::x11
