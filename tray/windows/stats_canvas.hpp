#pragma once
// The drawn part of the statistics window: one panel painted with wxGraphicsContext,
// scrolling when the screen is smaller than the drawing.
#include <wx/scrolwin.h>

#include <optional>

#include "tray/windows/day_date.hpp"
#include "tray/windows/window_data.hpp"

namespace sitbreak::tray {

class StatsCanvas : public wxScrolledCanvas {
public:
    explicit StatsCanvas(wxWindow* parent);
    void set_data(const StatsData& data);
    // The drawing's size in pixels of this window (its layout is in DIPs).
    [[nodiscard]] wxSize drawing_size() const;

private:
    void on_paint(wxPaintEvent& event);
    void on_motion(wxMouseEvent& event);
    [[nodiscard]] Date today() const;
    [[nodiscard]] double scale() const;

    StatsData data_;
};

}  // namespace sitbreak::tray
