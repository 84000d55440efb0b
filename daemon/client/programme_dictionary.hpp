#pragma once
// The programme as the bus carries it (org.sitbreak.Sitbreak1.xml: GetRoutines, GetWeek):
// the daemon writes these dictionaries, the CLI and the tray read them back.
#include <sdbus-c++/Types.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "client/dictionary.hpp"
#include "common/routine.hpp"

namespace sitbreak::client {


[[nodiscard]] Dictionary to_dictionary(const common::Routine& routine);
// A missing or mistyped key keeps the default.
[[nodiscard]] common::Routine routine_from_dictionary(const Dictionary& entry);

// One session of the week, as GetWeek lists it.
struct WeekSession {
    std::uint64_t id{0};
    std::string routine;
    std::uint64_t started_at{0};
    std::uint64_t ended_at{0};  // 0 while it runs
    std::string outcome;        // done | stopped; "" while it runs
    bool counts{false};
    std::uint32_t items_done{0};
    std::uint32_t items_skipped{0};
    std::uint32_t items{0};
    friend bool operator==(const WeekSession&, const WeekSession&) = default;
};

struct Week {
    std::string start;  // YYYY-MM-DD
    std::string end;    // its last day
    std::uint32_t sessions{0};
    std::uint32_t goal{0};
    std::uint32_t desk_days{0};
    bool kept{false};
    std::uint32_t weekly_streak{0};
    std::uint32_t best_weekly_streak{0};
    std::uint64_t session_id{0};
    std::vector<WeekSession> session_list;
    friend bool operator==(const Week&, const Week&) = default;
};

[[nodiscard]] Dictionary to_dictionary(const Week& week);
[[nodiscard]] Week week_from_dictionary(const Dictionary& entry);

}  // namespace sitbreak::client
