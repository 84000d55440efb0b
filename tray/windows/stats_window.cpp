#include "tray/windows/stats_window.hpp"

#include <wx/display.h>
#include <wx/sizer.h>

#include <algorithm>

#include "tray/windows/stats_canvas.hpp"
#include "tray/windows/words.hpp"

namespace sitbreak::tray {

StatsWindow::StatsWindow(wxWindow* parent)
    : wxFrame{parent, wxID_ANY, translated(wxTRANSLATE("sitbreak — Statistics"))},
      canvas_{new StatsCanvas{this}} {
    auto* sizer = new wxBoxSizer{wxVERTICAL};
    sizer->Add(canvas_, 1, wxEXPAND);
    SetSizer(sizer);
    // The whole drawing when the screen has room, else as much as fits and scrollbars.
    const int display = wxDisplay::GetFromWindow(this);
    const wxRect room =
        wxDisplay{display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)}.GetClientArea();
    const wxSize wanted = canvas_->drawing_size();
    SetClientSize(std::min(wanted.x, room.width * 9 / 10),
                  std::min(wanted.y, room.height * 9 / 10));
    Centre();
}

void StatsWindow::set_data(const StatsData& data) { canvas_->set_data(data); }

}  // namespace sitbreak::tray
