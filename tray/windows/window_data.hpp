#pragma once
// What the tray's windows show, in plain types: the tray fills these from the daemon's
// D-Bus replies (GetDays, GetStreak, GetStatus, PromptOpened), the windows only draw them.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "client/day_row.hpp"
#include "client/programme_dictionary.hpp"
#include "common/exercise.hpp"

namespace sitbreak::tray {

// One entry of GetDays.
using DayRecord = client::DayRow;

struct StatsData {
    std::vector<DayRecord> days;  // oldest first, ending with today; up to 371 days
    std::uint32_t current_streak{0};
    std::uint32_t best_streak{0};
    std::uint32_t daily_goal{0};  // goals.daily; the goal line of the 14-day bars
    client::Week week;            // GetWeek: the programme's week and weekly streak
};

// An open prompt, from PromptOpened and GetStatus.
struct PromptInfo {
    std::uint64_t id{0};
    // What the prompt offers, in order, as the catalogue describes them (GetExercises).
    std::vector<common::Exercise> exercises;
    std::string text;  // the daemon's sentence (GetStatus prompt_text, PromptOpened)
    std::uint32_t snoozes_left{0};
};

// What the popup's buttons do; the tray wires them to Confirm / Snooze(0) / Skip.
struct PromptActions {
    std::function<void(const std::string& exercise)> confirm;
    std::function<void()> snooze;
    std::function<void()> skip;
};

}  // namespace sitbreak::tray
