#pragma once
// The daemon's clocks, as a seam (DESIGN §3: the core reads no clock; issue 12: the
// service reads none either). The wall clock says what time it is and may be set at any
// moment; CLOCK_BOOTTIME and CLOCK_MONOTONIC never step, and their difference grows by
// exactly the time the machine slept. Alarms are one-shot timers on the monotonic clock.
// Tests use a clock they move by hand (tests/unit/service/test_clock.hpp).
#include <chrono>
#include <functional>
#include <memory>

namespace sitbreak::platform {

class EventLoop;

struct ClockReading {
    std::chrono::nanoseconds boottime;   // counts suspend
    std::chrono::nanoseconds monotonic;  // does not
};

class Alarm {
public:
    virtual ~Alarm() = default;
    // Fires once, `delay` from now; arming again moves it.
    virtual void arm_in(std::chrono::microseconds delay) = 0;
    virtual void disarm() = 0;
};

class Clock {
public:
    virtual ~Clock() = default;
    // CLOCK_REALTIME: the time of day the user sees; it steps when it is set.
    [[nodiscard]] virtual std::chrono::system_clock::time_point wall() const = 0;
    [[nodiscard]] virtual ClockReading steady() const = 0;
    [[nodiscard]] virtual std::unique_ptr<Alarm> alarm(std::function<void()> fire) = 0;
    // `stepped` runs whenever the wall clock is set, forward or back (one listener; an
    // empty function stops listening).
    virtual void on_wall_step(std::function<void()> stepped) = 0;
};

[[nodiscard]] ClockReading read_steady_clocks();

// The machine's clocks on the daemon's loop. A step of the wall clock is learnt from a
// timerfd armed with TFD_TIMER_CANCEL_ON_SET, which the kernel cancels when the clock is
// set: no polling.
class SystemClock final : public Clock {
public:
    explicit SystemClock(EventLoop& loop);
    ~SystemClock() override;
    SystemClock(const SystemClock&) = delete;
    SystemClock& operator=(const SystemClock&) = delete;

    [[nodiscard]] std::chrono::system_clock::time_point wall() const override;
    [[nodiscard]] ClockReading steady() const override { return read_steady_clocks(); }
    [[nodiscard]] std::unique_ptr<Alarm> alarm(std::function<void()> fire) override;
    void on_wall_step(std::function<void()> stepped) override;

private:
    class StepWatch;
    EventLoop& loop_;
    std::unique_ptr<StepWatch> steps_;
};

}  // namespace sitbreak::platform
