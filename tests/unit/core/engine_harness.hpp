#pragma once
// A simulated day for the engine: times are written as local clock readings on a fixed
// Monday, and the events the engine emitted are kept for the test to look at.
#include <algorithm>
#include <chrono>
#include <vector>

#include "core/engine.hpp"

namespace sitbreak::test {

using namespace std::chrono;
using namespace sitbreak::core;

// Monday 2026-03-02, 00:00 UTC.
inline constexpr sys_days kMonday{year{2026} / March / 2};

inline TimePoint at(int h, int m = 0, int s = 0, int day = 0) {
    return TimePoint{kMonday + days{day}} + hours{h} + minutes{m} + seconds{s};
}

// The defaults, but no wait for a pause in typing: the harness reports no pauses, and only
// the tests of that wait (etiquette_rules_test) turn it on.
inline Rules default_rules() {
    Rules rules;
    rules.wait_for_pause = Duration{0};
    return rules;
}

// A zone whose offset changes at listed instants: offsets[i].second applies from
// offsets[i].first on; before the first, `initial`.
class StepZone final : public Zone {
public:
    StepZone(Duration initial, std::vector<std::pair<TimePoint, Duration>> steps)
        : initial_{initial}, steps_{std::move(steps)} {}
    Duration utc_offset(TimePoint t) const override {
        Duration offset = initial_;
        for (const auto& [from, value] : steps_) {
            if (t >= from) offset = value;
        }
        return offset;
    }

private:
    Duration initial_;
    std::vector<std::pair<TimePoint, Duration>> steps_;
};

struct Harness {
    explicit Harness(Rules r = default_rules(), const Zone* z = nullptr, TimePoint start = at(8))
        : zone{z ? z : &utc}, engine{std::move(r), *zone, start} {}

    std::vector<Event> drain() {
        auto fresh = engine.take_events();
        all.insert(all.end(), fresh.begin(), fresh.end());
        return fresh;
    }
    template <class E>
    std::vector<E> of() {
        drain();
        std::vector<E> out;
        for (const Event& e : all) {
            if (const E* hit = std::get_if<E>(&e)) out.push_back(*hit);
        }
        return out;
    }
    // Typing from `from` to `to`: the first input arrives, and the daemon later learns
    // the input went on (as its idle query at min_activity would tell it).
    void type(TimePoint from, TimePoint to) {
        engine.on_active(from);
        engine.on_input(to, to);
    }
    // No input after `last` until break_after passes, as the idle alarm reports it.
    void idle_after(TimePoint last) { engine.on_idle(last, last + engine.rules().break_after); }

    FixedZone utc{};
    const Zone* zone;
    Engine engine;
    std::vector<Event> all;
};

}  // namespace sitbreak::test
