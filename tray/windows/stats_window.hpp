#pragma once
// The statistics window (DESIGN §10): today, the streaks, a 53-week calendar heatmap of
// micro-sessions done, the last 14 days as bars against the daily goal, and the recent
// days with their status. It only draws what set_data hands it; closing destroys it
// (hold it in a wxWeakRef).
#include <wx/frame.h>

#include "tray/windows/window_data.hpp"

namespace sitbreak::tray {

class StatsCanvas;

class StatsWindow : public wxFrame {
public:
    explicit StatsWindow(wxWindow* parent = nullptr);
    // May be called again while the window is open: it redraws.
    void set_data(const StatsData& data);

private:
    StatsCanvas* canvas_;
};

}  // namespace sitbreak::tray
