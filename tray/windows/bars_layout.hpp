#pragma once
// The 14-day bars of micro-sessions done, with the daily goal as a line across them. Pure,
// like the heatmap's layout.
#include <cstdint>
#include <span>
#include <vector>

#include "tray/windows/day_date.hpp"
#include "tray/windows/geometry.hpp"
#include "tray/windows/window_data.hpp"

namespace sitbreak::tray {

constexpr int bar_days = 14;

struct Bar {
    Date date;
    Box slot;  // the day's full column: labels centre on it
    Box box;   // the bar itself; zero height when nothing was done
    std::uint32_t done{0};
    bool goal_met{false};
    bool rest{false};
    bool today{false};
};

struct BarsLayout {
    std::vector<Bar> bars;  // oldest first, ending with today
    Box plot;               // where bars grow: `area` minus the label bands
    double goal_y{0};       // the goal line's height inside plot
    std::uint32_t scale_max{1};
};

// Space kept inside `area` for the day labels under the bars and the counts over them.
constexpr double bar_label_band = 16;
constexpr double bar_value_band = 14;
// Room right of the bars for the goal line's label.
constexpr double bar_goal_label_width = 48;

// A goal of 0 (unknown) counts as 5, as in the heatmap.
[[nodiscard]] BarsLayout bars_layout(std::span<const DayRecord> days, Date today,
                                     std::uint32_t goal, const Box& area);

}  // namespace sitbreak::tray
