#include "tray/windows/stats_canvas.hpp"

#include <wx/dcbuffer.h>

#include <ctime>
#include <memory>

#include "common/calendar_words.hpp"
#include "common/i18n.hpp"
#include "tray/windows/stats_paint.hpp"

namespace sitbreak::tray {

namespace {

constexpr std::size_t recent_count = 7;
constexpr int scroll_step = 20;

// Only when the daemon sent no day at all: the local calendar date.
Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    using namespace std::chrono;
    return Date{year{local.tm_year + 1900} / month{static_cast<unsigned>(local.tm_mon + 1)} /
                day{static_cast<unsigned>(local.tm_mday)}};
}

std::string cell_tip(const HeatCell& cell, Date today) {
    // TRANSLATORS: a heatmap day's tooltip: {0} "Mon 10 Jun", {1} "2024-06-10", {2} a count.
    std::string tip = common::tr_format("{0} ({1}): {2} done", day_label(cell.date, today),
                                        format_date(cell.date), cell.done);
    // TRANSLATORS: added to a heatmap day's tooltip.
    if (cell.rest) tip += common::tr(", rest day");
    if (cell.sessions > 0) {
        // TRANSLATORS: added to a heatmap day's tooltip.
        tip += common::tr_n_format(", {} activation session", ", {} activation sessions",
                                   cell.sessions, cell.sessions);
    }
    return tip;
}

Heatmap heatmap_of(const StatsData& data, Date day) {
    return heatmap_layout(data.days, day, data.daily_goal, stats_layout().heatmap,
                          heatmap_first_weekday(data.week, common::first_weekday()));
}

}  // namespace

StatsCanvas::StatsCanvas(wxWindow* parent) : wxScrolledCanvas{parent, wxID_ANY} {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(FromDIP(scroll_step), FromDIP(scroll_step));
    SetVirtualSize(drawing_size());
    Bind(wxEVT_PAINT, &StatsCanvas::on_paint, this);
    Bind(wxEVT_MOTION, &StatsCanvas::on_motion, this);
}

void StatsCanvas::set_data(const StatsData& data) {
    data_ = data;
    Refresh();
}

double StatsCanvas::scale() const {
    // FromDIP is exact for whole numbers only; a large one gives the fraction.
    constexpr int reference = 1000;
    return FromDIP(reference) / static_cast<double>(reference);
}

wxSize StatsCanvas::drawing_size() const {
    const Box& canvas = stats_layout().canvas;
    return {static_cast<int>(canvas.width * scale() + 0.5),
            static_cast<int>(canvas.height * scale() + 0.5)};
}

Date StatsCanvas::today() const {
    if (!data_.days.empty()) {
        if (const auto date = parse_date(data_.days.back().date)) return *date;
    }
    return local_today();
}

void StatsCanvas::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc{this};
    const StatsTheme theme = make_stats_theme(GetFont());
    dc.SetBackground(wxBrush{theme.background});
    dc.Clear();
    const std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(dc)};
    if (!gc) return;
    const wxPoint origin = CalcUnscrolledPosition(wxPoint{0, 0});
    gc->Translate(-origin.x, -origin.y);
    gc->Scale(scale(), scale());
    const StatsLayout& layout = stats_layout();
    const Date day = today();
    const DayRecord today_record = !data_.days.empty() && parse_date(data_.days.back().date) == day
                                       ? data_.days.back()
                                       : DayRecord{};
    draw_summary(*gc, theme, layout, summary_tiles(today_record, data_));
    draw_text(*gc, theme.normal, theme.text, week_line(data_), layout.week_line.x,
              layout.week_line.y);
    draw_heatmap(*gc, theme, layout, heatmap_of(data_, day));
    draw_legend(*gc, theme, layout);
    draw_text(*gc, theme.bold, theme.text, common::tr("Done per day, last 14 days"),
              layout.bars_title.x, layout.bars_title.y);
    draw_bars(*gc, theme, bars_layout(data_.days, day, data_.daily_goal, layout.bars),
              data_.daily_goal);
    draw_recent(*gc, theme, layout, recent_rows(data_.days, day, recent_count));
}

// A tooltip per heatmap day: the exact count behind a colour.
void StatsCanvas::on_motion(wxMouseEvent& event) {
    event.Skip();
    const wxPoint at = CalcUnscrolledPosition(event.GetPosition());
    const double x = at.x / scale();
    const double y = at.y / scale();
    const Date day = today();
    const Heatmap heatmap = heatmap_of(data_, day);
    for (const HeatCell& cell : heatmap.cells) {
        const Box& box = cell.box;
        if (x >= box.x && x < box.right() && y >= box.y && y < box.bottom()) {
            const wxString tip = wxString::FromUTF8(cell_tip(cell, day));
            if (GetToolTipText() != tip) SetToolTip(tip);
            return;
        }
    }
    UnsetToolTip();
}

}  // namespace sitbreak::tray
