#pragma once
// The words and numbers of the statistics window, apart from the drawing.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tray/windows/day_date.hpp"
#include "tray/windows/window_data.hpp"

namespace sitbreak::tray {

// "0 min", "45 min", "1 h 05 min"; seconds are dropped.
[[nodiscard]] std::string format_sitting(std::uint64_t seconds);
// "1 day", "12 days" (client::days_text).
[[nodiscard]] std::string format_days(std::uint32_t count);

// What a day's status means to a person. Today is not over: "missed" reads "not kept yet".
[[nodiscard]] std::string status_text(std::string_view status, bool today);

struct SummaryTile {
    std::string label;  // "Sitting today"
    std::string value;  // "3 h 20 min"
    std::string note;   // "in 4 spells"
};

// The four tiles over the heatmap: sitting, longest spell, answers, streaks. `today` is the
// record of today, or an empty one when the daemon has none yet.
[[nodiscard]] std::vector<SummaryTile> summary_tiles(const DayRecord& today,
                                                     const StatsData& stats);

// "This week: 1 of 3 activation sessions · weekly streak 2 weeks (best 5)".
[[nodiscard]] std::string week_line(const StatsData& stats);

struct RecentRow {
    std::string day;     // "Today", "Mon 10 Jun"
    std::string status;  // status_text
    std::string detail;  // "6 done · 2 h 05 min" (done, sitting)
    bool today{false};
    bool kept{false};
};

// The last `count` days with a record, newest first.
[[nodiscard]] std::vector<RecentRow> recent_rows(std::span<const DayRecord> days, Date today,
                                                 std::size_t count);

}  // namespace sitbreak::tray
