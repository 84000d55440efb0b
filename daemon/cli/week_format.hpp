#pragma once
// `sitbreak week`: this week's activation sessions against the goal and the weekly streak
// (GetWeek), for people and as JSON for scripts. Pure.
#include <nlohmann/json.hpp>
#include <string>

#include "client/programme_dictionary.hpp"
#include "common/time.hpp"

namespace sitbreak::cli {

// The GetWeek keys, in the XML's order, with session_list as "sessions_list" objects.
[[nodiscard]] nlohmann::ordered_json week_json(const client::Week& week);

// Week of 2026-11-30 to 2026-12-06: 1 of 3 activation sessions.
// Weekly streak: 2 weeks (best 5).
//   today 16:02   medius_wake_up   done, 4 of 5 items
[[nodiscard]] std::string week_text(const client::Week& week, common::TimePoint now,
                                    const common::Zone& zone);

}  // namespace sitbreak::cli
