// The 14-day bars of micro-sessions done, with the daily goal line.
#include "common/i18n.hpp"
#include "tray/windows/stats_paint.hpp"

namespace sitbreak::tray {

namespace {

constexpr double bar_radius = 2;

void draw_goal_line(wxGraphicsContext& gc, const StatsTheme& theme, const BarsLayout& bars,
                    std::uint32_t goal) {
    const wxColour colour = to_wx(theme.colours->goal_line);
    wxPen pen{colour, 1, wxPENSTYLE_SHORT_DASH};
    gc.SetPen(pen);
    gc.StrokeLine(bars.plot.x, bars.goal_y, bars.plot.right(), bars.goal_y);
    // TRANSLATORS: the daily goal's line in the bars chart.
    const std::string label = common::tr_format("goal {}", goal == 0 ? 5 : goal);
    gc.SetFont(theme.small, colour);
    double width = 0;
    double height = 0;
    gc.GetTextExtent(wxString::FromUTF8(label), &width, &height);
    draw_text(gc, theme.small, colour, label, bars.plot.right() + 6, bars.goal_y - height / 2);
}

// The bar's bottom corners are drawn below the axis and clipped away: square at the base,
// round at the top.
void draw_bar_shape(wxGraphicsContext& gc, const StatsTheme& theme, const Bar& bar) {
    if (bar.done == 0) return;
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush{to_wx(bar.goal_met ? theme.colours->bar_met : theme.colours->bar)});
    gc.DrawRoundedRectangle(bar.box.x, bar.box.y, bar.box.width, bar.box.height + bar_radius,
                            bar_radius);
}

void draw_bar_labels(wxGraphicsContext& gc, const StatsTheme& theme, const Bar& bar) {
    const double centre = bar.slot.x + bar.slot.width / 2;
    if (bar.done > 0) {
        draw_text_centred(gc, theme.small, theme.text, std::to_string(bar.done), centre,
                          bar.box.y - bar_value_band);
    }
    const unsigned day = static_cast<unsigned>(std::chrono::year_month_day{bar.date}.day());
    const wxColour label = bar.rest ? to_wx(theme.colours->rest_mark) : theme.muted;
    draw_text_centred(gc, bar.today ? theme.bold : theme.small, bar.today ? theme.text : label,
                      std::to_string(day), centre, bar.slot.bottom() + 2);
}

}  // namespace

void draw_bars(wxGraphicsContext& gc, const StatsTheme& theme, const BarsLayout& bars,
               std::uint32_t goal) {
    gc.Clip(bars.plot.x, bars.plot.y, bars.plot.width, bars.plot.height);
    for (const Bar& bar : bars.bars) draw_bar_shape(gc, theme, bar);
    gc.ResetClip();
    for (const Bar& bar : bars.bars) draw_bar_labels(gc, theme, bar);
    gc.SetPen(wxPen{theme.muted, 1});
    gc.StrokeLine(bars.plot.x, bars.plot.bottom() + 0.5, bars.plot.right(),
                  bars.plot.bottom() + 0.5);
    draw_goal_line(gc, theme, bars, goal);
}

}  // namespace sitbreak::tray
