#pragma once
// Controls of the prompt popup's pages.
#include <wx/button.h>
#include <wx/stattext.h>

#include <string>

namespace sitbreak::tray {

// A button that never takes keyboard focus. `name` is how the gui tests find it (the demo
// lists named controls).
inline wxButton* make_popup_button(wxWindow* parent, const std::string& name,
                                   const std::string& label) {
    auto* button =
        new wxButton{parent,        wxID_ANY, wxString::FromUTF8(label), wxDefaultPosition,
                     wxDefaultSize, 0,        wxDefaultValidator,        wxString::FromUTF8(name)};
    // A typed space or Enter must never answer the prompt, even after a click activated
    // the popup.
    button->SetCanFocus(false);
    return button;
}

// Sets a one-line label in a font of its own (bigger, bold). wxGTK measures a label in its
// own font only once the popup is on screen: the first layout took a heading for the
// default font's height and squeezed the buttons below it by as much. The font's own
// measure is right from the start.
inline void set_fitted_label(wxStaticText& text, const wxString& label) {
    text.SetLabel(label);
    text.SetMinSize(text.GetTextExtent(label));
}

}  // namespace sitbreak::tray
