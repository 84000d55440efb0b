#pragma once
// Private to config/: "did you mean ...?" for misspelt keys and sections.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sitbreak::config::detail {

// The known dotted key closest to `dotted_name` ("sitting.limt" -> "sitting.limit"), or
// the key with the same last part in another section ("sitting.snooze" -> "prompt.snooze").
[[nodiscard]] std::optional<std::string> suggest_key(std::string_view dotted_name);

// The candidate closest to `word`, if it is close enough to be a typo of it.
[[nodiscard]] std::optional<std::string> suggest_name(std::string_view word,
                                                      std::span<const std::string> candidates);

// "unknown field", with the closest of `known` when `name` looks like a typo of it: the
// catalogue's exercises and routines refuse fields they do not have with it.
[[nodiscard]] std::string unknown_field(std::string_view name, std::span<const std::string> known);

// The known section closest to `name` ("sittin" -> "sitting").
[[nodiscard]] std::optional<std::string> suggest_section(std::string_view name);

}  // namespace sitbreak::config::detail
