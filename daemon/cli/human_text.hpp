#pragma once
// Small pieces of human output shared by the status and stats formatters.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "client/human_text.hpp"
#include "common/time.hpp"

namespace sitbreak::cli {

// Elapsed time, rounded down to minutes: "42m", "1h2m"; under a minute "35s".
[[nodiscard]] std::string elapsed_text(std::int64_t seconds);
// Time left, rounded up to minutes, as a countdown would show it: 17m10s -> "18m".
[[nodiscard]] std::string remaining_text(std::int64_t seconds);
using client::clock_text;

// Tolerant readers of a D-Bus dictionary turned into JSON: a missing key or a value of
// another type gives the fallback, so that a newer or older daemon does not crash us.
[[nodiscard]] std::int64_t int_field(const nlohmann::json& object, const char* key,
                                     std::int64_t fallback = 0);
[[nodiscard]] std::string string_field(const nlohmann::json& object, const char* key);

}  // namespace sitbreak::cli
