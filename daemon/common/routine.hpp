#pragma once
// A routine of the catalogue (DESIGN §14.3): the exercises of an activation session, in
// order, with their sets, dose and rest. Plain values, like common::Exercise.
#include <cstdint>
#include <string>
#include <vector>

namespace sitbreak::common {

struct RoutineItem {
    std::string exercise;  // a catalogue id
    std::uint32_t sets{1};
    std::uint32_t amount{0};         // per set, in the exercise's unit and per side as it is
    std::uint32_t rest_seconds{15};  // after each set but the routine's last
    std::string without;             // what to do without its equipment; "" when none is needed
    // The step its amount is at (core/coach.hpp dose_at_step): 0 as the catalogue has it.
    std::int32_t step{0};
    friend bool operator==(const RoutineItem&, const RoutineItem&) = default;
};

struct Routine {
    std::string id;    // stable, like an exercise's: "medius_wake_up"
    std::string name;  // "Medius wake-up"
    std::vector<RoutineItem> items;
    friend bool operator==(const Routine&, const Routine&) = default;
};

}  // namespace sitbreak::common
