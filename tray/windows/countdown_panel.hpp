#pragma once
// The guided squeeze as the popup shows it: a ring that fills as the seconds pass, the
// seconds left in big numbers inside it, and what to squeeze beside it.
#include <wx/panel.h>

class wxGraphicsContext;

#include "tray/windows/countdown.hpp"

namespace sitbreak::tray {

class CountdownPanel : public wxPanel {
public:
    explicit CountdownPanel(wxWindow* parent);
    void show_state(const CountdownState& state);

private:
    void on_paint(wxPaintEvent& event);
    void draw_ring(wxGraphicsContext& gc, double size) const;

    CountdownState state_;
};

}  // namespace sitbreak::tray
