#pragma once
// GetStatus() as a person, a script and waybar want it (DESIGN §7). Pure: for scripts the
// status map comes in as JSON (see variant_json.hpp), every key passed on; for people and
// waybar as the clients' one reading of it (client/status.hpp); the clock and zone are
// passed in.
#include <nlohmann/json.hpp>
#include <string>

#include "client/status.hpp"
#include "common/time.hpp"

namespace sitbreak::cli {

// The status keys in the order of the D-Bus contract; `status --json` prints them in
// this order (the DESIGN §7 keys first), then any key a newer daemon added.
[[nodiscard]] nlohmann::ordered_json status_json(const nlohmann::json& status);

// One line, e.g. "Sitting for 42m · next prompt in 18m · today 3 done · streak 5 days",
// then one line per problem the daemon reports (config, store, idle detection).
// Ends with a newline.
[[nodiscard]] std::string status_text(const client::DaemonStatus& status, common::TimePoint now,
                                      const common::Zone& zone);

// waybar custom module, return-type json: {"text", "tooltip", "class", "percentage"}.
// text: the sitting time, or "away" / "paused"; class: the state; percentage: the hour
// clock toward sitting.limit (100 while a prompt is open). Dump it with dump() for one line.
[[nodiscard]] nlohmann::ordered_json status_waybar(const client::DaemonStatus& status,
                                                   common::TimePoint now, const common::Zone& zone);

}  // namespace sitbreak::cli
