#pragma once
// A simulated person at a desk, driving the engine the way the daemon will: the idle
// alarm fires break_after after the last input, the "active again" alarm at the first
// input after it, one idle query min_activity after that, and the daemon wakes at each
// deadline the engine names. Everything random comes from one seed.
#include <functional>
#include <memory>
#include <random>

#include "core/day.hpp"
#include "engine_harness.hpp"

namespace sitbreak::test {

class RandomWorld {
public:
    // Called with each batch of events the engine emitted, while the world's view
    // (dnd_, prompt_now_at_) still describes the moment they happened.
    using Observer = std::function<void(const std::vector<Event>&)>;

    RandomWorld(std::uint64_t seed, Observer observer)
        : rng_{seed},
          zone_{make_zone()},
          rules_{make_rules()},
          t_{start_time()},
          engine_{rules_, *zone_, t_},
          observer_{std::move(observer)} {}

    void live_days(int count) {
        const TimePoint end = day_start(day_of(t_, *zone_, rules_.day_starts_at) + days{count},
                                        *zone_, rules_.day_starts_at);
        while (t_ < end) step();
        engine_.shutdown(t_);
        flush();
    }

    [[nodiscard]] const Rules& rules() const { return rules_; }
    [[nodiscard]] const Zone& zone() const { return *zone_; }
    [[nodiscard]] bool dnd() const { return dnd_; }
    [[nodiscard]] bool asked_for_prompt() const { return prompt_now_at_ == engine_.now(); }
    int accepted_confirms{0};
    int accepted_snoozes{0};

private:
    seconds uniform(seconds lo, seconds hi) {
        return seconds{std::uniform_int_distribution<long long>{lo.count(), hi.count()}(rng_)};
    }
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>{lo, hi}(rng_); }
    bool chance(double p) { return std::bernoulli_distribution{p}(rng_); }

    std::unique_ptr<Zone> make_zone() {
        if (chance(0.5)) return std::make_unique<FixedZone>(hours{pick(-11, 12)});
        // A DST zone with its change inside the simulated weeks.
        const TimePoint change = start_time() + uniform(hours{0}, hours{24 * 60});
        return std::make_unique<StepZone>(hours{1},
                                          std::vector{std::pair{change, Duration{hours{2}}}});
    }

    Rules make_rules() {
        Rules rules;
        rules.limit = uniform(minutes{20}, minutes{90});
        rules.break_after = uniform(minutes{1}, minutes{10});
        rules.lock_is_break = chance(0.5);
        rules.snooze = uniform(minutes{2}, minutes{20});
        rules.max_snoozes = pick(0, 3);
        rules.repeat_every = uniform(minutes{3}, minutes{15});
        rules.min_activity = uniform(seconds{0}, seconds{5});
        rules.wait_for_pause = chance(0.5) ? uniform(seconds{1}, seconds{5}) : seconds{0};
        rules.max_wait = uniform(seconds{5}, minutes{2});
        rules.escalate = chance(0.5);
        rules.escalate_after = pick(1, 4);
        rules.escalate_step = uniform(minutes{1}, minutes{20});
        rules.day_starts_at = minutes{pick(0, 6 * 60)};
        if (chance(0.5)) {
            for (unsigned d = 0; d < 7; ++d) rules.hours.set(weekday{d}, {});
            for (unsigned d = 1; d <= 5; ++d) {
                rules.hours.set(weekday{d}, {{hours{8}, hours{12}}, {hours{13}, hours{18}}});
            }
        }
        return rules;
    }

    static TimePoint start_time() { return TimePoint{sys_days{year{2026} / March / 2}} + hours{6}; }

    void step() {
        const int choice = pick(0, 99);
        if (choice < 45) return type_for(uniform(seconds{1}, minutes{50}));
        if (choice < 65) return pass(uniform(seconds{10}, rules_.break_after * 3));
        if (choice < 70) return pass(uniform(minutes{30}, hours{9}));
        if (choice < 75) return bump();
        if (choice < 80) return lock_for(uniform(seconds{30}, minutes{20}));
        if (choice < 83) return sleep_for(uniform(seconds{10}, hours{2}));
        if (choice < 87) return set_dnd(!dnd_);
        if (choice < 90) return toggle_pause();
        if (choice < 93) return ask_for_prompt();
        if (choice < 95) return confirm("squeeze");
        if (choice < 96) return engine_.mark_rest_day(day_of(t_, *zone_, rules_.day_starts_at), t_);
        pass(uniform(seconds{1}, minutes{5}));
    }

    // Time goes by with no input; the daemon's alarms and wake-ups happen in order.
    void pass_to(TimePoint until) {
        enum class Next { deadline, idle_alarm, pause_alarm, answer };
        for (;;) {
            std::optional<std::pair<TimePoint, Next>> best;
            const auto consider = [&](std::optional<TimePoint> at, Next what) {
                if (at && *at <= until && (!best || *at < best->first)) best = {*at, what};
            };
            consider(engine_.next_deadline(), Next::deadline);
            if (!idle_reported_) consider(last_input_ + rules_.break_after, Next::idle_alarm);
            consider(answer_at_, Next::answer);
            if (const auto wait = engine_.status().waiting; wait && wait->reason == Hold::typing) {
                consider(std::max(last_input_ + rules_.wait_for_pause, engine_.now()),
                         Next::pause_alarm);
            }
            if (!best) break;
            switch (best->second) {
            case Next::deadline: engine_.advance(best->first); break;
            case Next::idle_alarm:
                // After a sleep the alarm is late: it fires on resume.
                engine_.on_idle(last_input_, std::max(best->first, engine_.now()));
                idle_reported_ = true;
                break;
            case Next::pause_alarm: engine_.on_pause(best->first); break;
            case Next::answer:
                t_ = std::max(t_, best->first);
                answer_at_.reset();
                answer();
                break;
            }
            flush();
        }
        engine_.advance(until);
        flush();
        t_ = std::max(t_, until);
    }
    void pass(seconds length) { pass_to(t_ + length); }

    void type_for(seconds length) {
        const TimePoint end = t_ + length;
        if (idle_reported_) {
            engine_.on_active(t_);
            idle_reported_ = false;
            last_input_ = t_;
            flush();
            const TimePoint query = t_ + rules_.min_activity;
            if (query <= end) {
                pass_to(query);
                last_input_ = query;
                engine_.on_input(query, query);
                flush();
            }
        }
        while (t_ < end) {
            pass_to(std::min(end, t_ + rules_.break_after / 2));
            last_input_ = t_;
        }
    }

    void bump() {
        pass(rules_.break_after);
        if (!idle_reported_) return;
        engine_.on_active(t_);
        idle_reported_ = false;
        last_input_ = t_ + seconds{rules_.min_activity > seconds{1} ? 1 : 0};
        flush();
        pass(rules_.break_after * 2);
    }

    void lock_for(seconds length) {
        engine_.on_locked(t_);
        locked_ = true;
        flush();
        pass(length);
        engine_.on_unlocked(t_);
        locked_ = false;
        flush();
    }

    void sleep_for(seconds length) {
        const TimePoint from = t_;
        t_ += length;
        engine_.on_slept(from, t_);
        flush();
        pass_to(t_);
    }

    void set_dnd(bool on) {
        dnd_ = on;
        engine_.set_quiet(Quiet::dnd, on, t_);
        flush();
    }

    void toggle_pause() {
        if (engine_.status().paused_until) {
            (void)engine_.resume(t_);
        } else {
            (void)engine_.pause(
                chance(0.2) ? std::nullopt : std::optional{Duration{uniform(minutes{5}, hours{2})}},
                t_);
        }
        flush();
    }

    void ask_for_prompt() {
        prompt_now_at_ = t_;
        (void)engine_.prompt_now(t_);
        flush();
        prompt_now_at_.reset();
    }

    void confirm(const ExerciseId& exercise) {
        if (!engine_.confirm(exercise, t_)) ++accepted_confirms;
        flush();
    }

    // The person answers the prompt showing now, if any, in one of the ways they can.
    void answer() {
        if (!engine_.status().prompt || locked_) return;
        const int choice = pick(0, 9);
        if (choice < 4) return confirm(chance(0.5) ? "bridges" : "squeeze");
        if (choice < 7) {
            if (!engine_.snooze(std::nullopt, t_)) ++accepted_snoozes;
        } else if (choice < 9) {
            (void)engine_.skip(t_);
        }
        flush();
    }

    void flush() {
        const auto events = engine_.take_events();
        for (const Event& event : events) {
            if (const auto* opened = std::get_if<PromptOpened>(&event);
                opened && !opened->unprompted) {
                answer_at_ = opened->at + uniform(seconds{5}, minutes{25});
            }
        }
        if (!events.empty()) observer_(events);
    }

    std::mt19937_64 rng_;
    std::unique_ptr<Zone> zone_;
    Rules rules_;
    TimePoint t_;
    Engine engine_;
    Observer observer_;
    TimePoint last_input_{t_};
    bool idle_reported_{true};
    bool locked_{false};
    bool dnd_{false};
    std::optional<TimePoint> answer_at_;
    std::optional<TimePoint> prompt_now_at_;
};

}  // namespace sitbreak::test
