// The 53-week calendar heatmap and its legend.
#include "common/calendar_words.hpp"
#include "common/i18n.hpp"
#include "tray/windows/stats_paint.hpp"

namespace sitbreak::tray {

namespace {

constexpr double cell_radius = 2;
constexpr double today_ring_offset = 1.5;  // outside the cell, inside the gap

void draw_cell(wxGraphicsContext& gc, const StatsTheme& theme, const Box& box, int bin, bool rest) {
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush{to_wx(theme.colours->bins[static_cast<std::size_t>(bin)])});
    gc.DrawRoundedRectangle(box.x, box.y, box.width, box.height, cell_radius);
    if (rest) {
        const double radius = box.width / 5;
        gc.SetBrush(wxBrush{to_wx(theme.colours->rest_mark)});
        gc.DrawEllipse(box.x + box.width / 2 - radius, box.y + box.height / 2 - radius, 2 * radius,
                       2 * radius);
    }
}

// A day with an activation session: its top-right corner, clear of the rest day's dot and
// of the colour read at the cell's left.
void draw_session_mark(wxGraphicsContext& gc, const StatsTheme& theme, const Box& box) {
    const double side = box.width * 0.55;
    wxGraphicsPath corner = gc.CreatePath();
    corner.MoveToPoint(box.right() - side, box.y);
    corner.AddLineToPoint(box.right(), box.y);
    corner.AddLineToPoint(box.right(), box.y + side);
    corner.CloseSubpath();
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush{to_wx(theme.colours->session_mark)});
    gc.FillPath(corner);
}

void draw_today_ring(wxGraphicsContext& gc, const StatsTheme& theme, const Box& box) {
    gc.SetPen(wxPen{theme.text, 1});
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    gc.DrawRoundedRectangle(box.x - today_ring_offset, box.y - today_ring_offset,
                            box.width + 2 * today_ring_offset, box.height + 2 * today_ring_offset,
                            cell_radius + 1);
}

void draw_axes(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
               const Heatmap& heatmap) {
    const HeatmapGeometry& geometry = layout.heatmap;
    for (const MonthLabel& month : heatmap.months) {
        draw_text(gc, theme.small, theme.muted, month.text, month.x, layout.month_labels_y);
    }
    for (int row = 0; row < 6; row += 2) {
        const double y = geometry.top + row * geometry.pitch() - 2;
        const std::chrono::weekday day = heatmap.first + std::chrono::days{row};
        draw_text(gc, theme.small, theme.muted, common::weekday_abbreviation(day),
                  layout.weekday_labels_x, y);
    }
}

}  // namespace

void draw_heatmap(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
                  const Heatmap& heatmap) {
    draw_text(gc, theme.bold, theme.text, common::tr("Micro-sessions done, last 53 weeks"),
              layout.heatmap_title.x, layout.heatmap_title.y);
    draw_axes(gc, theme, layout, heatmap);
    for (const HeatCell& cell : heatmap.cells) {
        draw_cell(gc, theme, cell.box, cell.bin, cell.rest);
        if (cell.sessions > 0) draw_session_mark(gc, theme, cell.box);
    }
    for (const HeatCell& cell : heatmap.cells) {
        if (cell.today) draw_today_ring(gc, theme, cell.box);
    }
}

void draw_legend(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout) {
    const Box& legend = layout.legend;
    const double cell = layout.heatmap.cell;
    const double pitch = layout.heatmap.pitch();
    const double text_y = legend.y - 1;
    double x = legend.x + layout.heatmap.left - layout.weekday_labels_x;
    x += draw_text(gc, theme.small, theme.muted, common::tr("Less"), x, text_y) + 6;
    for (int bin = 0; bin < heat_bins; ++bin) {
        draw_cell(gc, theme, {x, legend.y, cell, cell}, bin, false);
        x += pitch;
    }
    x += 3 + draw_text(gc, theme.small, theme.muted, common::tr("More (daily goal reached)"), x + 3,
                       text_y);
    x += 24;
    draw_cell(gc, theme, {x, legend.y, cell, cell}, 0, true);
    x += pitch +
         draw_text(gc, theme.small, theme.muted, common::tr("rest day"), x + pitch, text_y) + 24;
    draw_cell(gc, theme, {x, legend.y, cell, cell}, 0, false);
    draw_session_mark(gc, theme, {x, legend.y, cell, cell});
    x += pitch +
         draw_text(gc, theme.small, theme.muted, common::tr("activation session"), x + pitch,
                   text_y) +
         24;
    draw_cell(gc, theme, {x, legend.y, cell, cell}, 0, false);
    draw_today_ring(gc, theme, {x, legend.y, cell, cell});
    draw_text(gc, theme.small, theme.muted, common::tr("today"), x + pitch + 3, text_y);
}

}  // namespace sitbreak::tray
