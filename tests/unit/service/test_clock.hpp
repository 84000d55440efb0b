#pragma once
// The service's clocks, moved by hand: the wall clock can be set (stepped) on its own, a
// suspend moves boottime and the wall clock but not the monotonic clock, and alarms fire
// when the monotonic clock passes them, in order, as the loop would run them.
#include <algorithm>
#include <chrono>
#include <functional>
#include <list>
#include <memory>
#include <optional>

#include "platform/clock.hpp"

namespace sitbreak::test {

using namespace std::chrono;

class TestClock final : public platform::Clock {
public:
    explicit TestClock(system_clock::time_point wall) : wall_{wall} {}

    [[nodiscard]] system_clock::time_point wall() const override { return wall_; }
    [[nodiscard]] platform::ClockReading steady() const override { return {boottime_, monotonic_}; }
    [[nodiscard]] std::unique_ptr<platform::Alarm> alarm(std::function<void()> fire) override {
        return std::make_unique<TestAlarm>(*this, std::move(fire));
    }
    void on_wall_step(std::function<void()> stepped) override { stepped_ = std::move(stepped); }

    // Time passes with the machine awake; alarms fire at their moments on the way.
    void advance(nanoseconds by) {
        const nanoseconds end = monotonic_ + by;
        while (const auto next = next_alarm(end)) {
            move(*next - monotonic_);
            fire_due();
        }
        move(end - monotonic_);
        fire_due();
    }
    // The wall clock is set; the kernel tells the daemon at once (CANCEL_ON_SET).
    void step_wall(nanoseconds by) {
        wall_ += duration_cast<system_clock::duration>(by);
        if (stepped_) stepped_();
    }
    // The machine sleeps: boottime and the wall clock go on, the monotonic clock and its
    // alarms do not.
    void suspend(nanoseconds for_how_long) {
        boottime_ += for_how_long;
        wall_ += duration_cast<system_clock::duration>(for_how_long);
    }
    [[nodiscard]] int armed_alarms() const {
        return static_cast<int>(std::count_if(alarms_.begin(), alarms_.end(),
                                              [](const TestAlarm* a) { return a->at; }));
    }

private:
    struct TestAlarm final : platform::Alarm {
        TestAlarm(TestClock& clock, std::function<void()> fire)
            : clock{clock}, fire{std::move(fire)} {
            clock.alarms_.push_back(this);
        }
        ~TestAlarm() override { clock.alarms_.remove(this); }
        void arm_in(microseconds delay) override {
            at = clock.monotonic_ + std::max(delay, microseconds{0});
        }
        void disarm() override { at.reset(); }
        TestClock& clock;
        std::function<void()> fire;
        std::optional<nanoseconds> at;
    };

    void move(nanoseconds by) {
        monotonic_ += by;
        boottime_ += by;
        wall_ += duration_cast<system_clock::duration>(by);
    }
    [[nodiscard]] std::optional<nanoseconds> next_alarm(nanoseconds until) const {
        std::optional<nanoseconds> next;
        for (const TestAlarm* alarm : alarms_) {
            if (alarm->at && *alarm->at <= until && (!next || *alarm->at < *next)) next = alarm->at;
        }
        return next;
    }
    void fire_due() {
        for (bool fired = true; fired;) {
            fired = false;
            for (TestAlarm* alarm : alarms_) {
                if (alarm->at && *alarm->at <= monotonic_) {
                    alarm->at.reset();
                    alarm->fire();
                    fired = true;
                    break;  // the callback may have added, removed or re-armed alarms
                }
            }
        }
    }

    system_clock::time_point wall_;
    nanoseconds boottime_{hours{100}};
    nanoseconds monotonic_{hours{90}};
    std::list<TestAlarm*> alarms_;
    std::function<void()> stepped_;
};

}  // namespace sitbreak::test
