#pragma once
// Everything `GetStatus` reports, gathered in one place so the bus object only renders it.
#include <string>
#include <vector>

#include "core/day.hpp"
#include "core/engine.hpp"
#include "core/session.hpp"
#include "core/week.hpp"

namespace sitbreak::service {

struct StatusSnapshot {
    core::TimePoint now;
    core::Status engine;  // engine.limit: what the hour clock counts to, less any escalation
    core::Date today;
    int today_done{0};
    core::Duration today_sitting{0};
    core::Streak streak;
    std::vector<core::ExerciseId> exercises;  // what a prompt offers (prompt.exercises)
    std::string idle_backend;
    std::string idle_problem;
    std::string config_path;
    std::string config_error;
    std::string exercises_error;  // entries of the catalogue left out, one per line
    std::string prompt_text;      // the open prompt's sentence; "" with no prompt
    std::string store_problem;
    std::string call_problem;  // why schedule.quiet_when's "call" cannot be sensed; "" if it can
    std::size_t store_held{0};  // changes held in memory until the history takes them
    std::string notifications;  // "desktop", "tray", or why neither
    // The settings the daemon runs with that the tray acts on, so that it need not read a
    // file the daemon may have refused (a broken config.toml keeps the last good settings).
    std::string prompt_style;  // config::to_string(PromptStyle)
    std::string prompt_sound;  // config::to_string(PromptSound)
    int daily_goal{0};
    // The programme (DESIGN §14.3): this week's sessions against its goal, the weekly
    // streak, and the session running now (0: none).
    core::WeekTally week;
    core::Streak weekly_streak;
    core::SessionId session{0};
};

}  // namespace sitbreak::service
