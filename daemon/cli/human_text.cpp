#include "cli/human_text.hpp"

#include <chrono>
#include <limits>

#include "cli/command.hpp"
#include "config/duration.hpp"

namespace sitbreak::cli {

std::string elapsed_text(std::int64_t seconds) {
    if (seconds < 0) seconds = 0;
    if (seconds < 60) return std::to_string(seconds) + "s";
    return config::format_duration(common::Duration{seconds - seconds % 60});
}

std::string remaining_text(std::int64_t seconds) {
    if (seconds <= 0) return "0m";
    return config::format_duration(common::Duration{(seconds + 59) / 60 * 60});
}

std::int64_t int_field(const nlohmann::json& object, const char* key, std::int64_t fallback) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer()) return fallback;
    if (it->is_number_unsigned()) {
        const auto value = it->get<std::uint64_t>();
        return value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                   ? std::numeric_limits<std::int64_t>::max()
                   : static_cast<std::int64_t>(value);
    }
    return it->get<std::int64_t>();
}

std::string string_field(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return {};
    return it->get<std::string>();
}

}  // namespace sitbreak::cli
