#pragma once
// The settings the core obeys (DESIGN §3, §4), with their defaults. config/ fills them
// from config.toml; the core only reads them.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time.hpp"

namespace sitbreak::core {

// An exercise of the catalogue, by its stable id ("bridges", "band_walk"). The core only
// passes it along: which ids exist is the catalogue's business (config/catalogue.hpp).
using ExerciseId = std::string;

// A working range in local wall-clock minutes, [begin, end); end may be 24:00.
struct TimeRange {
    std::chrono::minutes begin{0};
    std::chrono::minutes end{24 * 60};
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// Working hours per local weekday, Sunday first (std::chrono::weekday's c_encoding).
// An empty day has no working hours: no prompt opens on it.
class WorkingHours {
public:
    WorkingHours();  // every day, all day
    [[nodiscard]] const std::vector<TimeRange>& on(std::chrono::weekday day) const;
    void set(std::chrono::weekday day, std::vector<TimeRange> ranges);
    [[nodiscard]] bool contains(TimePoint t, const Zone& zone) const;
    // The first instant at or after t inside working hours; nullopt when the week has none.
    [[nodiscard]] std::optional<TimePoint> next_start(TimePoint t, const Zone& zone) const;
    friend bool operator==(const WorkingHours&, const WorkingHours&) = default;

private:
    std::array<std::vector<TimeRange>, 7> days_;
};

struct Rules {
    Duration limit{std::chrono::minutes{60}};         // sitting.limit
    Duration break_after{std::chrono::minutes{5}};    // sitting.break_after
    bool lock_is_break{true};                         // sitting.lock_is_break
    Duration snooze{std::chrono::minutes{10}};        // prompt.snooze
    int max_snoozes{3};                               // prompt.max_snoozes
    Duration repeat_every{std::chrono::minutes{10}};  // prompt.repeat_every
    Duration wait_for_pause{std::chrono::seconds{3}};  // prompt.wait_for_pause; 0: no wait
    Duration max_wait{std::chrono::seconds{60}};       // prompt.max_wait
    bool escalate{false};                              // prompt.escalate
    int escalate_after{3};                             // prompt.escalate_after
    Duration escalate_step{std::chrono::minutes{10}};  // prompt.escalate_step
    Duration min_activity{std::chrono::seconds{2}};   // idle.min_activity
    WorkingHours hours;                               // schedule.<weekday>
    int daily_goal{5};                                // goals.daily
    std::chrono::minutes day_starts_at{4 * 60};       // goals.day_starts_at
    // A desk day has at least this much sitting (DESIGN §4; not a config key).
    Duration desk_day_threshold{std::chrono::minutes{60}};
    friend bool operator==(const Rules&, const Rules&) = default;
};

}  // namespace sitbreak::core
