#include "tray/windows/countdown_panel.hpp"

#include <wx/dcclient.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <memory>
#include <numbers>

#include "tray/windows/palette.hpp"

namespace sitbreak::tray {

namespace {

constexpr int ring_size = 112;  // DIPs
constexpr int cue_width = 230;
constexpr double ring_width = 9;

wxColour colour_of(Colour colour) { return {colour.r, colour.g, colour.b}; }

}  // namespace

CountdownPanel::CountdownPanel(wxWindow* parent, const std::string& name)
    : wxPanel{parent,        wxID_ANY,        wxDefaultPosition,
              wxDefaultSize, wxTAB_TRAVERSAL, wxString::FromUTF8(name)} {
    SetMinSize(FromDIP(wxSize{ring_size + 16 + cue_width, ring_size}));
    Bind(wxEVT_PAINT, &CountdownPanel::on_paint, this);
}

void CountdownPanel::show_state(const CountdownState& state, std::string_view cue) {
    state_ = state;
    cue_ = wxString::FromUTF8(cue.data(), cue.size());
    Refresh();
}

void CountdownPanel::draw_ring(wxGraphicsContext& gc, double size) const {
    const bool dark = wxSystemSettings::GetAppearance().IsDark();
    const double radius = (size - ring_width) / 2;
    const double centre = size / 2;
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    gc.SetPen(wxPen{text.ChangeLightness(dark ? 40 : 170), static_cast<int>(ring_width)});
    gc.StrokePath([&] {
        wxGraphicsPath track = gc.CreatePath();
        track.AddCircle(centre, centre, radius);
        return track;
    }());
    if (state_.fraction_done <= 0) return;
    // From twelve o'clock, clockwise, as a clock hand would sweep.
    const double start = -std::numbers::pi / 2;
    wxGraphicsPath done = gc.CreatePath();
    done.AddArc(centre, centre, radius, start, start + 2 * std::numbers::pi * state_.fraction_done,
                true);
    gc.SetPen(wxPen{colour_of(palette(dark).bar_met), static_cast<int>(ring_width)});
    gc.StrokePath(done);
}

void CountdownPanel::on_paint(wxPaintEvent&) {
    // No clearing: GTK has drawn the theme's background, which GetBackgroundColour() only
    // approximates.
    wxPaintDC dc{this};
    const std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(dc)};
    if (!gc) return;
    const double size = FromDIP(ring_size);
    draw_ring(*gc, size);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const wxString seconds =
        wxString::Format("%lld", static_cast<long long>(state_.remaining.count()));
    gc->SetFont(GetFont().Scaled(2.6f).Bold(), text);
    double width = 0;
    double height = 0;
    gc->GetTextExtent(seconds, &width, &height);
    gc->DrawText(seconds, (size - width) / 2, (size - height) / 2);
    gc->SetFont(GetFont().Scaled(1.3f).Bold(), text);
    gc->GetTextExtent(cue_, &width, &height);
    gc->DrawText(cue_, size + FromDIP(16), (size - height) / 2);
}

}  // namespace sitbreak::tray
