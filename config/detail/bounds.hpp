#pragma once
// Private to config/: what a config file may hold before toml++ sees it. toml++ parses
// dotted keys recursively, so a key of ~40 000 parts overflows the stack; nothing a person
// writes comes near these limits, so anything past them is refused with its line.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitbreak::config::detail {

inline constexpr std::size_t kMaxFileBytes = 64 * 1024;
inline constexpr std::size_t kMaxLineBytes = 4096;
inline constexpr int kMaxKeyParts = 16;  // a.b.c has 3; sitbreak's keys have 2
inline constexpr int kMaxNesting = 16;   // arrays and inline tables inside each other

struct OutOfBounds {
    int line;  // 1-based; 0 for the whole file
    std::string message;
};

[[nodiscard]] std::optional<OutOfBounds> check_bounds(std::string_view text);

// "is 80006 bytes; a config file may have at most 65536"
[[nodiscard]] std::string too_big(std::uintmax_t bytes);

}  // namespace sitbreak::config::detail
