#pragma once
// Words both clients use (DESIGN §2, daemon/client: date and clock text).
#include <cstdint>
#include <string>
#include <string_view>

#include "common/exercise.hpp"
#include "common/time.hpp"

namespace sitbreak::client {

// A wall-clock moment as a person reads it, relative to now: "14:30", "tomorrow 04:00",
// "2024-05-31 14:30" (local time through `zone`).
[[nodiscard]] std::string clock_text(common::TimePoint moment, common::TimePoint now,
                                     const common::Zone& zone);

// A length in words, in the user's language: "1 minute", "1 hour 30 minutes", "45 seconds".
[[nodiscard]] std::string duration_words(common::Duration length);

// "1 day", "5 days"; "1 week", "2 weeks", in the user's language.
[[nodiscard]] std::string days_text(std::int64_t count);
[[nodiscard]] std::string weeks_text(std::int64_t count);

// A dose in the user's language: "10 reps", "30 s", "20 paces per side".
[[nodiscard]] std::string dose_text(const common::Dose& dose);

}  // namespace sitbreak::client
