#include "cli/human_text.hpp"

#include <chrono>
#include <limits>

#include "cli/command.hpp"
#include "config/duration.hpp"

namespace sitbreak::cli {

namespace {

std::string two_digits(std::int64_t value) {
    return std::string{static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
}

}  // namespace

std::string elapsed_text(std::int64_t seconds) {
    if (seconds < 0) seconds = 0;
    if (seconds < 60) return std::to_string(seconds) + "s";
    return config::format_duration(common::Duration{seconds - seconds % 60});
}

std::string remaining_text(std::int64_t seconds) {
    if (seconds <= 0) return "0m";
    return config::format_duration(common::Duration{(seconds + 59) / 60 * 60});
}

std::string count_text(std::int64_t count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string{count == 1 ? one : many};
}

std::string clock_text(common::TimePoint moment, common::TimePoint now, const common::Zone& zone) {
    const common::LocalTime local = common::to_local(moment, zone);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const auto today = std::chrono::floor<std::chrono::days>(common::to_local(now, zone));
    const std::int64_t minutes_of_day =
        std::chrono::duration_cast<std::chrono::minutes>(local - day).count();
    const std::string clock =
        two_digits(minutes_of_day / 60) + ":" + two_digits(minutes_of_day % 60);
    if (day == today) return clock;
    if (day == today + std::chrono::days{1}) return "tomorrow " + clock;
    return format_date(day) + " " + clock;
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
