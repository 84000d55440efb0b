#include "config/duration.hpp"

#include <array>
#include <cstdint>
#include <limits>

namespace sitbreak::config {

namespace {

struct Unit {
    char letter;
    std::int64_t seconds;
};

constexpr std::array<Unit, 3> units{{{'h', 3600}, {'m', 60}, {'s', 1}}};

constexpr std::int64_t max_seconds = std::numeric_limits<common::Duration::rep>::max();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<common::Duration> parse_duration(std::string_view text) {
    std::int64_t total = 0;
    std::size_t pos = 0;
    std::size_t next_unit = 0;  // units must come in order, so each can appear once
    while (pos < text.size()) {
        std::int64_t number = 0;
        const std::size_t digits_start = pos;
        for (; pos < text.size() && is_digit(text[pos]); ++pos) {
            const int digit = text[pos] - '0';
            if (number > (max_seconds - digit) / 10) return std::nullopt;
            number = number * 10 + digit;
        }
        if (pos == digits_start || pos == text.size()) return std::nullopt;
        const char letter = text[pos++];
        while (next_unit < units.size() && units[next_unit].letter != letter) ++next_unit;
        if (next_unit == units.size()) return std::nullopt;
        const std::int64_t scale = units[next_unit++].seconds;
        if (number > (max_seconds - total) / scale) return std::nullopt;
        total += number * scale;
    }
    if (next_unit == 0) return std::nullopt;  // empty text
    return common::Duration{total};
}

std::string format_duration(common::Duration duration) {
    const std::int64_t count = duration.count();
    if (count == 0) return "0s";
    // Unsigned, so that the most negative value has a magnitude too.
    std::uint64_t rest = count < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(count)
                                   : static_cast<std::uint64_t>(count);
    std::string text = count < 0 ? "-" : "";
    for (const Unit& unit : units) {
        const auto scale = static_cast<std::uint64_t>(unit.seconds);
        if (rest >= scale) {
            text += std::to_string(rest / scale);
            text += unit.letter;
            rest %= scale;
        }
    }
    return text;
}

}  // namespace sitbreak::config
