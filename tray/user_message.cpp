#include "tray/user_message.hpp"

#include <wx/log.h>
#include <wx/notifmsg.h>

#include "tray/guarded.hpp"

namespace sitbreak::tray {

void tell_user(const std::string& sentence) {
    const wxString text = wxString::FromUTF8(sentence);
    wxLogWarning("%s", text);
    wxNotificationMessage notification{"sitbreak", text};
    notification.SetFlags(wxICON_WARNING);
    if (!notification.Show()) wxLogWarning("(no notification server to show this)");
}

void log_handler_failure(std::string_view what, const char* why) noexcept {
    try {
        wxLogError("%s failed: %s", wxString::FromUTF8(what.data(), what.size()),
                   wxString::FromUTF8(why));
    } catch (...) {
        // Logging itself failed (out of memory): nothing sensible is left to do.
    }
}

}  // namespace sitbreak::tray
