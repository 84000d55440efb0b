#include "config/settings.hpp"

#include <algorithm>

namespace sitbreak::config {

namespace {

constexpr std::array<std::string_view, 3> prompt_styles{"auto", "notification", "popup"};
constexpr std::array<std::string_view, 5> idle_backends{"auto", "x11", "mutter", "wayland",
                                                      "kde-idle"};
constexpr std::array<std::string_view, 5> log_levels{"trace", "debug", "info", "warn",
                                                     "error"};
constexpr std::array<std::string_view, 3> quiet_conditions{"dnd", "fullscreen", "call"};
constexpr std::array<std::string_view, 2> prompt_sounds{"none", "tick"};
constexpr std::array<std::string_view, 7> weekdays{"sunday",   "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};

template <typename Enum, std::size_t N>
std::string_view name_of(Enum value, const std::array<std::string_view, N>& names) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view{};
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(std::string_view name, const std::array<std::string_view, N>& names) {
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end()) return std::nullopt;
    return static_cast<Enum>(found - names.begin());
}

}  // namespace

std::span<const std::string_view> prompt_style_names() { return prompt_styles; }
std::span<const std::string_view> idle_backend_names() { return idle_backends; }
std::span<const std::string_view> log_level_names() { return log_levels; }
std::span<const std::string_view> prompt_sound_names() { return prompt_sounds; }
std::span<const std::string_view> quiet_when_names() { return quiet_conditions; }
std::span<const std::string_view> weekday_names() { return weekdays; }

std::string_view to_string(PromptStyle style) { return name_of(style, prompt_styles); }
std::string_view to_string(IdleBackend backend) { return name_of(backend, idle_backends); }
std::string_view to_string(LogLevel level) { return name_of(level, log_levels); }
std::string_view to_string(PromptSound sound) { return name_of(sound, prompt_sounds); }

std::optional<PromptStyle> prompt_style_from_string(std::string_view name) {
    return value_of<PromptStyle>(name, prompt_styles);
}

std::optional<IdleBackend> idle_backend_from_string(std::string_view name) {
    return value_of<IdleBackend>(name, idle_backends);
}

std::optional<LogLevel> log_level_from_string(std::string_view name) {
    return value_of<LogLevel>(name, log_levels);
}

std::vector<std::string_view> to_names(const QuietWhen& quiet) {
    std::vector<std::string_view> names;
    if (quiet.dnd) names.push_back(quiet_conditions[0]);
    if (quiet.fullscreen) names.push_back(quiet_conditions[1]);
    if (quiet.call) names.push_back(quiet_conditions[2]);
    return names;
}

std::optional<QuietWhen> quiet_when_from_names(std::span<const std::string_view> names) {
    QuietWhen quiet{false, false, false};
    for (const std::string_view name : names) {
        bool* flag = name == quiet_conditions[0]   ? &quiet.dnd
                     : name == quiet_conditions[1] ? &quiet.fullscreen
                     : name == quiet_conditions[2] ? &quiet.call
                                                   : nullptr;
        if (flag == nullptr || *flag) return std::nullopt;
        *flag = true;
    }
    return quiet;
}

}  // namespace sitbreak::config
