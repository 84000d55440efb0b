#include "printable.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace sitbreak::common {

namespace {

constexpr std::string_view kEllipsis = "…";

std::string hex_escape(const char* prefix, unsigned value, int digits) {
    static constexpr std::array<char, 16> hex{'0', '1', '2', '3', '4', '5', '6', '7',
                                              '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    std::string text{prefix};
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) text += hex[(value >> shift) & 0xf];
    return text;
}

std::string control_escape(unsigned char c) {
    switch (c) {
    case '\n': return "\\n";
    case '\t': return "\\t";
    case '\r': return "\\r";
    default: return hex_escape("\\x", c, 2);
    }
}

// The length of the valid UTF-8 sequence at `at`, or 0; `code` gets its code point.
std::size_t utf8_sequence(std::string_view text, std::size_t at, std::uint32_t& code) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        code = lead & 0x1fu;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        code = lead & 0x0fu;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        code = lead & 0x07u;
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xc0) != 0x80) return 0;
        code = (code << 6) | (next & 0x3fu);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return 0;
    return length;
}

}  // namespace

std::string printable(std::string_view text, std::size_t max_bytes) {
    std::string out;
    out.reserve(std::min(text.size(), max_bytes));
    for (std::size_t at = 0; at < text.size();) {
        const auto c = static_cast<unsigned char>(text[at]);
        std::string piece;
        std::size_t used = 1;
        std::uint32_t code = 0;
        if (c < 0x20 || c == 0x7f) {
            piece = control_escape(c);
        } else if (c < 0x80) {
            piece = std::string(1, static_cast<char>(c));
        } else if ((used = utf8_sequence(text, at, code)) == 0) {
            used = 1;
            piece = hex_escape("\\x", c, 2);
        } else if (code <= 0x9f) {
            piece = hex_escape("\\u", code, 4);
        } else {
            piece = std::string{text.substr(at, used)};
        }
        if (out.size() + piece.size() > max_bytes) {
            out += kEllipsis;
            break;
        }
        out += piece;
        at += used;
    }
    return out;
}

std::string quoted(std::string_view text) { return "\"" + printable(text, 40) + "\""; }

std::size_t columns_of(std::string_view text) {
    // Characters, counted by their first bytes (continuation bytes are 10xxxxxx).
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string padded(std::string text, std::size_t columns, bool right) {
    const std::size_t width = columns_of(text);
    if (width >= columns) return text;
    const std::string fill(columns - width, ' ');
    return right ? fill + text : text + fill;
}

}  // namespace sitbreak::common
