// The shared pieces of the statistics drawing, the summary tiles and the recent days list.
#include "tray/windows/stats_paint.hpp"

#include <wx/settings.h>

#include <algorithm>

#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

wxColour blend(const wxColour& from, const wxColour& to, double share) {
    const auto mix = [share](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>(a + (b - a) * share);
    };
    return {mix(from.Red(), to.Red()), mix(from.Green(), to.Green()), mix(from.Blue(), to.Blue())};
}

constexpr double tile_padding = 10;
constexpr double tile_radius = 6;
constexpr double column_gap = 16;

double text_width(wxGraphicsContext& gc, const wxFont& font, const std::string& text) {
    gc.SetFont(font, *wxBLACK);
    double width = 0;
    double height = 0;
    gc.GetTextExtent(wxString::FromUTF8(text), &width, &height);
    return width;
}

// The recent days' columns fit their longest entry, which depends on the language.
std::pair<double, double> recent_columns(wxGraphicsContext& gc, const StatsTheme& theme,
                                         const std::vector<RecentRow>& rows) {
    double day = 0;
    double status = 0;
    for (const RecentRow& row : rows) {
        day = std::max(day, text_width(gc, theme.bold, row.day));
        status = std::max(status, text_width(gc, theme.normal, row.status));
    }
    return {day + column_gap, day + status + 2 * column_gap};
}

}  // namespace

wxColour to_wx(Colour colour) { return {colour.r, colour.g, colour.b}; }

StatsTheme make_stats_theme(const wxFont& base) {
    StatsTheme theme;
    theme.colours = &palette(wxSystemSettings::GetAppearance().IsDark());
    theme.background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    theme.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    theme.muted = blend(theme.text, theme.background, 0.45);
    theme.tile = blend(theme.background, theme.text, 0.05);
    theme.normal = base;
    theme.small = base.Scaled(0.85f);
    theme.bold = base.Bold();
    theme.big = base.Scaled(1.5f).Bold();
    return theme;
}

double draw_text(wxGraphicsContext& gc, const wxFont& font, const wxColour& colour,
                 const std::string& text, double x, double y) {
    gc.SetFont(font, colour);
    const wxString label = wxString::FromUTF8(text);
    double width = 0;
    double height = 0;
    gc.GetTextExtent(label, &width, &height);
    gc.DrawText(label, x, y);
    return width;
}

void draw_text_centred(wxGraphicsContext& gc, const wxFont& font, const wxColour& colour,
                       const std::string& text, double x, double y) {
    gc.SetFont(font, colour);
    const wxString label = wxString::FromUTF8(text);
    double width = 0;
    double height = 0;
    gc.GetTextExtent(label, &width, &height);
    gc.DrawText(label, x - width / 2, y);
}

namespace {

// Beside the value; a note too wide for the tile in the user's language ("0 aufgeschoben ·
// 0 übersprungen") goes on two lines, split where its parts meet.
void draw_tile_note(wxGraphicsContext& gc, const StatsTheme& theme, const std::string& note,
                    double x, const Box& box) {
    const std::size_t split = note.find(" · ");
    const bool fits = x + text_width(gc, theme.small, note) <= box.right() - tile_padding;
    if (fits || split == std::string::npos) {
        draw_text(gc, theme.small, theme.muted, note, x, box.y + 30);
        return;
    }
    draw_text(gc, theme.small, theme.muted, note.substr(0, split), x, box.y + 22);
    draw_text(gc, theme.small, theme.muted, note.substr(split + 3), x, box.y + 36);
}

}  // namespace

void draw_summary(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
                  const std::vector<SummaryTile>& tiles) {
    draw_text(gc, theme.bold, theme.text, common::tr("Today"), layout.today_title.x,
              layout.today_title.y);
    for (std::size_t i = 0; i < tiles.size() && i < layout.tiles.size(); ++i) {
        const Box& box = layout.tiles[i];
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush{theme.tile});
        gc.DrawRoundedRectangle(box.x, box.y, box.width, box.height, tile_radius);
        const double x = box.x + tile_padding;
        draw_text(gc, theme.small, theme.muted, tiles[i].label, x, box.y + 6);
        const double value_width =
            draw_text(gc, theme.big, theme.text, tiles[i].value, x, box.y + 22);
        draw_tile_note(gc, theme, tiles[i].note, x + value_width + 8, box);
    }
}

void draw_recent(wxGraphicsContext& gc, const StatsTheme& theme, const StatsLayout& layout,
                 const std::vector<RecentRow>& rows) {
    draw_text(gc, theme.bold, theme.text, common::tr("Recent days"), layout.recent_title.x,
              layout.recent_title.y);
    const Box& box = layout.recent;
    if (rows.empty()) {
        draw_text(gc, theme.normal, theme.muted, common::tr("No days recorded yet."), box.x, box.y);
        return;
    }
    const auto [status_column, detail_column] = recent_columns(gc, theme, rows);
    double y = box.y;
    for (const RecentRow& row : rows) {
        draw_text(gc, row.today ? theme.bold : theme.normal, theme.text, row.day, box.x, y);
        draw_text(gc, theme.normal, row.kept ? to_wx(theme.colours->bar_met) : theme.muted,
                  row.status, box.x + status_column, y);
        draw_text(gc, theme.normal, theme.text, row.detail, box.x + detail_column, y);
        y += layout.recent_row_height;
    }
}

}  // namespace sitbreak::tray
