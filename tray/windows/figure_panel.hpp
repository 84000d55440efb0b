#pragma once
// An exercise's figure as the popup draws it: its key poses (SVG, DESIGN §14.1) rasterized
// for the screen's scale, so that it is as sharp at 200 % as at 100 %; while the figure moves,
// two neighbouring poses cross-fade; on the other side of a per-side set it is mirrored.
// Poses that are missing or unreadable are left out; with none it draws nothing.
#include <wx/bmpbndl.h>
#include <wx/panel.h>

#include <string>
#include <vector>

namespace sitbreak::tray {

class FigurePanel : public wxPanel {
public:
    // `size` in DIPs; `name` for the gui tests (the demo lists names with a dot).
    FigurePanel(wxWindow* parent, wxSize size, const std::string& name);

    // Reads the poses, first (the start pose) to last; false when none could be read.
    bool show_figures(const std::vector<std::string>& paths);
    [[nodiscard]] bool empty() const { return poses_.empty(); }
    // `pose`: 0 the start pose, 1 the last, as GuideFrame::pose.
    void show_pose(double pose, bool mirrored);

private:
    void on_paint(wxPaintEvent& event);
    const wxBitmap& frame(std::size_t pose, bool mirrored);

    wxSize size_;  // DIPs
    std::vector<wxBitmapBundle> poses_;
    // The poses rasterized at frames_size_ (device pixels), and mirrored as first needed.
    wxSize frames_size_;
    std::vector<wxBitmap> frames_;
    std::vector<wxBitmap> mirrored_frames_;
    double pose_{0};
    bool mirrored_{false};
};

}  // namespace sitbreak::tray
