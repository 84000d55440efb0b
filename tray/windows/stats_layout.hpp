#pragma once
// Where the parts of the statistics window go, in DIPs from the canvas's top-left corner.
// Fixed, not measured from fonts, so that the gui tests can find every cell on a screenshot.
#include <array>

#include "tray/windows/geometry.hpp"
#include "tray/windows/heatmap_layout.hpp"

namespace sitbreak::tray {

struct StatsLayout {
    Point today_title;
    std::array<Box, 4> tiles;  // sitting, longest spell, done/snoozed/skipped, streaks
    Point week_line;           // the programme: this week's sessions, the weekly streak
    Point heatmap_title;
    double month_labels_y{0};
    double weekday_labels_x{0};
    HeatmapGeometry heatmap;
    Box legend;
    Point bars_title;
    Box bars;
    Point recent_title;
    Box recent;
    double recent_row_height{0};
    Box canvas;  // the whole drawing: the window's minimum client size
};

[[nodiscard]] const StatsLayout& stats_layout();

}  // namespace sitbreak::tray
