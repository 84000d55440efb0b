#include "config/time_of_day.hpp"

namespace sitbreak::config {

namespace {

using std::chrono::minutes;

constexpr minutes end_of_day{24 * 60};

int two_digits(std::string_view text) {
    const auto digit = [](char c) { return c >= '0' && c <= '9' ? c - '0' : -1; };
    const int tens = digit(text[0]);
    const int ones = digit(text[1]);
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

// "HH:MM" up to and including 24:00; the callers narrow it.
std::optional<minutes> parse_clock(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    const int hours = two_digits(text.substr(0, 2));
    const int mins = two_digits(text.substr(3, 2));
    if (hours < 0 || mins < 0 || mins > 59) return std::nullopt;
    const minutes time{hours * 60 + mins};
    if (time > end_of_day) return std::nullopt;
    return time;
}

}  // namespace

std::optional<minutes> parse_time_of_day(std::string_view text) {
    const auto time = parse_clock(text);
    if (!time || *time == end_of_day) return std::nullopt;
    return time;
}

std::optional<core::TimeRange> parse_time_range(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const auto begin = parse_time_of_day(text.substr(0, dash));
    const auto end = parse_clock(text.substr(dash + 1));
    if (!begin || !end || *begin >= *end) return std::nullopt;
    return core::TimeRange{*begin, *end};
}

std::string format_time_of_day(minutes time) {
    const auto count = time.count();
    const auto pad = [](long long value) {
        return (value < 10 ? "0" : "") + std::to_string(value);
    };
    return pad(count / 60) + ":" + pad(count % 60);
}

std::string format_time_range(const core::TimeRange& range) {
    return format_time_of_day(range.begin) + "-" + format_time_of_day(range.end);
}

}  // namespace sitbreak::config
