#pragma once
// Durations as people write them in config.toml and on the command line: "60m", "1h30m",
// "90s". Standalone (no TOML) so that the CLI can parse `sitbreak snooze 1h30m` with it.
#include <optional>
#include <string>
#include <string_view>

#include "common/time.hpp"

namespace sitbreak::config {

// Accepts one or more <digits><unit> groups with units h, m, s in that order, each at most
// once: "45s", "60m", "1h30m", "1h30m15s", "0s". No spaces, no signs, no fractions.
// Returns nullopt for anything else, including values that do not fit in common::Duration.
[[nodiscard]] std::optional<common::Duration> parse_duration(std::string_view text);

// The canonical spelling: the largest units first, zero parts left out ("1h30m", "1m30s",
// "24h"), and "0s" for zero. parse_duration(format_duration(d)) == d for every d >= 0.
[[nodiscard]] std::string format_duration(common::Duration duration);

}  // namespace sitbreak::config
