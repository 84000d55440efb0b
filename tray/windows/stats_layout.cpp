#include "tray/windows/stats_layout.hpp"

namespace sitbreak::tray {

namespace {

constexpr double margin = 20;
constexpr double title_height = 24;
constexpr double weekday_label_width = 30;
constexpr double month_label_height = 16;
constexpr double tile_height = 60;
constexpr double tile_gap = 12;
constexpr double section_gap = 20;
constexpr double chart_height = 150;
constexpr double bars_width = 420;
constexpr double column_gap = 32;

StatsLayout make_layout() {
    StatsLayout layout;
    HeatmapGeometry heatmap;
    const double content_width = weekday_label_width + heatmap.width();
    const double content_right = margin + content_width;
    layout.today_title = {margin, 16};
    const double tiles_top = layout.today_title.y + title_height;
    const double tile_width = (content_width - 3 * tile_gap) / 4;
    for (std::size_t i = 0; i < layout.tiles.size(); ++i) {
        layout.tiles[i] = {margin + static_cast<double>(i) * (tile_width + tile_gap), tiles_top,
                           tile_width, tile_height};
    }
    layout.week_line = {margin, tiles_top + tile_height + 10};
    layout.heatmap_title = {margin, layout.week_line.y + title_height + 6};
    layout.month_labels_y = layout.heatmap_title.y + title_height;
    layout.weekday_labels_x = margin;
    heatmap.left = margin + weekday_label_width;
    heatmap.top = layout.month_labels_y + month_label_height;
    layout.heatmap = heatmap;
    layout.legend = {margin, heatmap.top + heatmap.height() + 8, content_width, 14};
    layout.bars_title = {margin, layout.legend.bottom() + section_gap};
    layout.bars = {margin, layout.bars_title.y + title_height, bars_width, chart_height};
    const double recent_left = margin + bars_width + column_gap;
    layout.recent_title = {recent_left, layout.bars_title.y};
    layout.recent = {recent_left, layout.bars.y, content_right - recent_left, chart_height};
    layout.recent_row_height = chart_height / 7;
    layout.canvas = {0, 0, content_right + margin, layout.bars.bottom() + margin};
    return layout;
}

}  // namespace

const StatsLayout& stats_layout() {
    static const StatsLayout layout = make_layout();
    return layout;
}

}  // namespace sitbreak::tray
