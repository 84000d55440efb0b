#include "service/timeline.hpp"

namespace sitbreak::service {

using namespace std::chrono;

namespace {

// Below a second, the two steady clocks differ by reading them one after the other.
constexpr nanoseconds kSleepNoise{seconds{1}};

nanoseconds since_epoch(system_clock::time_point t) {
    return duration_cast<nanoseconds>(t.time_since_epoch());
}

}  // namespace

Timeline::Timeline(const platform::Clock& clock) : clock_{clock}, last_{clock.steady()} {
    anchor_ = since_epoch(clock_.wall()) - last_.boottime;
}

core::TimePoint Timeline::now() const {
    return core::TimePoint{floor<seconds>(anchor_ + clock_.steady().boottime)};
}

microseconds Timeline::until(core::TimePoint at) const {
    return duration_cast<microseconds>(at.time_since_epoch() -
                                       (anchor_ + clock_.steady().boottime));
}

Timeline::Changes Timeline::look() {
    Changes changes;
    const platform::ClockReading reading = clock_.steady();
    const nanoseconds asleep =
        (reading.boottime - last_.boottime) - (reading.monotonic - last_.monotonic);
    last_ = reading;
    if (asleep >= kSleepNoise) changes.slept = round<seconds>(asleep);
    const nanoseconds drift = since_epoch(clock_.wall()) - (anchor_ + reading.boottime);
    if (abs(drift) >= kStepTolerance) {
        changes.stepped = round<seconds>(drift);
        anchor_ += drift;
    }
    return changes;
}

}  // namespace sitbreak::service
