#include "tray/windows/figure_panel.hpp"

#include <wx/dcclient.h>
#include <wx/graphics.h>
#include <wx/log.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <system_error>

#include "tray/windows/rep_guide.hpp"

namespace sitbreak::tray {

namespace {

// A missing figure is an ordinary state (the catalogue names files that may not be
// installed); only a file that is there is handed to the SVG reader.
bool readable_file(const std::string& path) {
    std::error_code error;
    return !path.empty() && std::filesystem::is_regular_file(path, error);
}

void draw_faded(wxGraphicsContext& gc, const wxBitmap& bitmap, wxSize size, double opacity) {
    gc.BeginLayer(opacity);
    gc.DrawBitmap(bitmap, 0, 0, size.x, size.y);
    gc.EndLayer();
}

// A true cross-fade, (1 - weight) x one pose + weight x the other, pixel by pixel: what stays
// put between the poses (the floor, the head) stays solid, as drawing one pose faded over the
// other would not. Added inside a group of its own, then laid over the background.
void cross_fade(wxGraphicsContext& gc, const wxBitmap& from, const wxBitmap& to, wxSize size,
                double weight) {
    if (weight <= 0) return gc.DrawBitmap(from, 0, 0, size.x, size.y);
    gc.BeginLayer(1);
    draw_faded(gc, from, size, 1 - weight);
    gc.SetCompositionMode(wxCOMPOSITION_ADD);
    draw_faded(gc, to, size, weight);
    gc.SetCompositionMode(wxCOMPOSITION_OVER);
    gc.EndLayer();
}

}  // namespace

FigurePanel::FigurePanel(wxWindow* parent, wxSize size, const std::string& name)
    : wxPanel{parent,        wxID_ANY,        wxDefaultPosition,
              wxDefaultSize, wxTAB_TRAVERSAL, wxString::FromUTF8(name)},
      size_{size} {
    SetMinSize(FromDIP(size_));
    Bind(wxEVT_PAINT, &FigurePanel::on_paint, this);
}

bool FigurePanel::show_figures(const std::vector<std::string>& paths) {
    poses_.clear();
    frames_.clear();
    mirrored_frames_.clear();
    frames_size_ = wxSize{};
    // The SVG reader reports a broken file through wx's log, which a GUI app shows as a
    // dialog box: the figure is left out without one.
    const wxLogNull quiet;
    for (const std::string& path : paths) {
        if (!readable_file(path)) continue;
        wxBitmapBundle pose = wxBitmapBundle::FromSVGFile(wxString::FromUTF8(path), size_);
        if (pose.IsOk()) poses_.push_back(std::move(pose));
    }
    pose_ = 0;
    mirrored_ = false;
    Refresh();
    return !poses_.empty();
}

void FigurePanel::show_pose(double pose, bool mirrored) {
    if (pose == pose_ && mirrored == mirrored_) return;
    pose_ = pose;
    mirrored_ = mirrored;
    Refresh();
}

const wxBitmap& FigurePanel::frame(std::size_t pose, bool mirrored) {
    if (!mirrored) return frames_[pose];
    if (mirrored_frames_.empty()) mirrored_frames_.resize(frames_.size());
    wxBitmap& flipped = mirrored_frames_[pose];
    if (!flipped.IsOk()) flipped = wxBitmap{frames_[pose].ConvertToImage().Mirror(true)};
    return flipped;
}

void FigurePanel::on_paint(wxPaintEvent&) {
    // No clearing: GTK has drawn the theme's background, and the poses are transparent.
    wxPaintDC dc{this};
    if (poses_.empty()) return;
    const wxSize size = GetClientSize();
    const double scale = GetDPIScaleFactor();
    const wxSize pixels{static_cast<int>(std::lround(size.x * scale)),
                        static_cast<int>(std::lround(size.y * scale))};
    if (pixels.x <= 0 || pixels.y <= 0) return;
    if (pixels != frames_size_) {
        frames_.clear();
        mirrored_frames_.clear();
        for (const wxBitmapBundle& pose : poses_) frames_.push_back(pose.GetBitmap(pixels));
        frames_size_ = pixels;
    }
    const std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(dc)};
    if (!gc) return;
    const PoseMix mix = pose_mix(pose_, frames_.size());
    cross_fade(*gc, frame(mix.from, mirrored_), frame(mix.to, mirrored_), size, mix.weight);
}

}  // namespace sitbreak::tray
