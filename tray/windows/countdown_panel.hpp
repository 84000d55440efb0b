#pragma once
// A guided hold (the squeeze) as the popup shows it: a ring that fills as the seconds pass,
// the seconds left in big numbers inside it, and what to squeeze or hold beside it.
#include <wx/panel.h>

#include <string>
#include <string_view>

class wxGraphicsContext;

#include "tray/windows/countdown.hpp"

namespace sitbreak::tray {

class CountdownPanel : public wxPanel {
public:
    CountdownPanel(wxWindow* parent, const std::string& name);
    void show_state(const CountdownState& state, std::string_view cue);

private:
    void on_paint(wxPaintEvent& event);
    void draw_ring(wxGraphicsContext& gc, double size) const;

    CountdownState state_;
    wxString cue_;
};

}  // namespace sitbreak::tray
