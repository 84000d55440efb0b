#pragma once
// The preferences window's fields as text, and their checks: every value goes through
// config/ (durations, time ranges, then the whole file as the daemon would read it), so the
// window never writes a file the daemon would reject.
#include <array>
#include <string>
#include <vector>

#include "config/settings.hpp"

namespace sitbreak::tray {

struct PrefsForm {
    std::string sitting_limit;  // "1h"
    std::string break_after;    // "5m"
    std::string snooze;         // "10m"
    std::string wait_for_pause;  // "3s"; "0s": prompts do not wait for a pause in typing
    std::string max_wait;        // "1m"
    bool escalate{false};
    int max_snoozes{0};
    int daily_goal{0};
    // Monday first, as people read a week: "09:00-12:00, 13:00-17:00"; "" = not working.
    std::array<std::string, 7> hours;
    config::PromptStyle prompt_style{config::PromptStyle::automatic};
    bool bridges{true};
    bool squeeze{true};
};

// The config key each field edits: "sitting.limit", ..., "schedule.monday".
[[nodiscard]] const std::array<std::string, 7>& hours_keys();

struct FieldError {
    std::string key;      // the config key of the field, e.g. "prompt.snooze"
    std::string message;  // one sentence for next to the field
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

struct FormResult {
    config::Settings settings;  // `base` with the fields applied; meaningless on errors
    std::vector<FieldError> errors;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

[[nodiscard]] PrefsForm form_from(const config::Settings& settings);

// Applies the fields to `base`, which keeps every setting the window does not show.
[[nodiscard]] FormResult apply_form(const PrefsForm& form, const config::Settings& base);

// "09:00-12:00, 13:00-17:00"; "" for no working hours.
[[nodiscard]] std::string format_hours(const std::vector<core::TimeRange>& ranges);

}  // namespace sitbreak::tray
