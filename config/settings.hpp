#pragma once
// Everything config.toml can say (DESIGN §8). The core's part is core::Rules; the rest is
// for the daemon's adapters. A default-constructed Settings is the documented defaults.
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/rules.hpp"
#include "core/week.hpp"

namespace sitbreak::config {

// `automatic` is spelled "auto" in the file: `auto` is a C++ keyword.
enum class PromptStyle { automatic, notification, popup };
enum class IdleBackend { automatic, x11, mutter, wayland, kde_idle };
enum class LogLevel { trace, debug, info, warn, error };
// A soft tick per guided rep through the desktop's sound theme (prompt.sound).
enum class PromptSound { none, tick };

// What holds prompts back (schedule.quiet_when).
struct QuietWhen {
    bool dnd{true};
    bool fullscreen{true};
    bool call{true};  // a microphone recording or a camera open
    friend bool operator==(const QuietWhen&, const QuietWhen&) = default;
};

struct Settings {
    core::Rules rules;
    std::vector<core::ExerciseId> exercises{"bridges", "squeeze"};
    PromptStyle prompt_style{PromptStyle::automatic};
    PromptSound prompt_sound{PromptSound::none};
    QuietWhen quiet_when;
    core::Programme programme;  // programme.*: the weekly activation sessions
    IdleBackend idle_backend{IdleBackend::automatic};
    LogLevel log_level{LogLevel::info};
    friend bool operator==(const Settings&, const Settings&) = default;
};

// The spellings in config.toml, in enum order: names()[i] is the name of value i.
[[nodiscard]] std::span<const std::string_view> prompt_style_names();
[[nodiscard]] std::span<const std::string_view> idle_backend_names();
[[nodiscard]] std::span<const std::string_view> log_level_names();
[[nodiscard]] std::span<const std::string_view> prompt_sound_names();
[[nodiscard]] std::span<const std::string_view> quiet_when_names();  // "dnd", "fullscreen", "call"
// "sunday" ... "saturday": std::chrono::weekday's c_encoding order.
[[nodiscard]] std::span<const std::string_view> weekday_names();

[[nodiscard]] std::string_view to_string(PromptStyle style);
[[nodiscard]] std::string_view to_string(IdleBackend backend);
[[nodiscard]] std::string_view to_string(LogLevel level);
[[nodiscard]] std::string_view to_string(PromptSound sound);
[[nodiscard]] std::optional<PromptStyle> prompt_style_from_string(std::string_view name);
[[nodiscard]] std::optional<IdleBackend> idle_backend_from_string(std::string_view name);
[[nodiscard]] std::optional<LogLevel> log_level_from_string(std::string_view name);

// The names of the conditions that are on, in quiet_when_names() order.
[[nodiscard]] std::vector<std::string_view> to_names(const QuietWhen& quiet);
// nullopt when a name is unknown or repeated; an empty list means never quiet.
[[nodiscard]] std::optional<QuietWhen> quiet_when_from_names(
    std::span<const std::string_view> names);

}  // namespace sitbreak::config
