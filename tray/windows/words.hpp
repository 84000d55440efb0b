#pragma once
// The tray's words in the user's language through wxWidgets' translations, which read
// sitbreak's catalogue (the one the daemon and the CLI use) and wx's own (tray/main.cpp).
// Literals are marked at the call site with wx's _() or wxPLURAL, or with wxTRANSLATE where a
// table keeps them; those and the exercise catalogue's texts are translated as data here.
// With no translation loaded, everything stays English.
#include <wx/string.h>
#include <wx/translation.h>

#include <string>

namespace sitbreak::tray {

// A marked text or a catalogue's (an exercise's name, label, steps) in the user's language.
inline wxString translated(const std::string& english) {
    // "" is a catalogue's header, never a message.
    if (english.empty()) return {};
    return wxGetTranslation(wxString::FromUTF8(english));
}

// For the helpers that take UTF-8.
inline std::string utf8(const wxString& text) { return text.utf8_string(); }

}  // namespace sitbreak::tray
