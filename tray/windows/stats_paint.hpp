#pragma once
// Drawing the statistics with wxGraphicsContext. Every function draws in DIPs (the canvas
// scales the context) at positions from stats_layout(), heatmap_layout() and bars_layout().
#include <wx/brush.h>
#include <wx/colour.h>
#include <wx/font.h>
#include <wx/graphics.h>
#include <wx/pen.h>

#include <span>
#include <string>
#include <vector>

#include "tray/windows/bars_layout.hpp"
#include "tray/windows/heatmap_layout.hpp"
#include "tray/windows/palette.hpp"
#include "tray/windows/stats_layout.hpp"
#include "tray/windows/stats_text.hpp"

namespace sitbreak::tray {

struct StatsTheme {
    const Palette* colours{nullptr};
    wxColour background;
    wxColour text;
    wxColour muted;  // labels and axes
    wxColour tile;   // the summary tiles' fill
    wxFont normal;
    wxFont small;
    wxFont bold;
    wxFont big;  // the tiles' values
};

// From the system colours and the window's font.
[[nodiscard]] StatsTheme make_stats_theme(const wxFont& base);

[[nodiscard]] wxColour to_wx(Colour colour);

// Text with its top-left corner at (x, y); returns its width.
double draw_text(wxGraphicsContext& gc, const wxFont& font, const wxColour& colour,
                 const std::string& text, double x, double y);
// Text centred horizontally on x.
void draw_text_centred(wxGraphicsContext& gc, const wxFont& font, const wxColour& colour,
                       const std::string& text, double x, double y);

void draw_summary(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
                  const std::vector<SummaryTile>& tiles);
void draw_heatmap(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
                  const Heatmap& heatmap);
void draw_legend(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout);
void draw_bars(wxGraphicsContext& gc, const StatsTheme& theme, const BarsLayout& bars,
               std::uint32_t goal);
void draw_recent(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
                 const std::vector<RecentRow>& rows);

}  // namespace sitbreak::tray
