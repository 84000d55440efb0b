#pragma once
// The daemon's time (issue 12, defect 5): the wall clock's time of day, followed without
// its steps. Durations come from CLOCK_BOOTTIME, which never steps and counts suspend; the
// wall clock only anchors them to a time of day. Each look at the clocks says whether the
// wall clock was set since the last look, by how much, and how long the machine slept.
#include <chrono>

#include "core/time.hpp"
#include "platform/clock.hpp"

namespace sitbreak::service {

class Timeline {
public:
    // Steps smaller than this are the two clocks being read at different instants.
    static constexpr std::chrono::seconds kStepTolerance{1};

    explicit Timeline(const platform::Clock& clock);

    // Now, on the wall clock as of the last look.
    [[nodiscard]] core::TimePoint now() const;
    // How long from now until `at` (negative when it is past), to the microsecond.
    [[nodiscard]] std::chrono::microseconds until(core::TimePoint at) const;

    struct Changes {
        core::Duration stepped{0};  // the wall clock was set by this much (+ forward)
        core::Duration slept{0};    // the machine slept this long, ending now
    };
    // Compares the clocks with the last look; a stepped wall clock becomes the new anchor.
    [[nodiscard]] Changes look();

private:
    const platform::Clock& clock_;
    std::chrono::nanoseconds anchor_;  // wall - boottime
    platform::ClockReading last_;
};

}  // namespace sitbreak::service
