#include "tray/session_process.hpp"

#include "common/i18n.hpp"
#include "tray/user_message.hpp"

namespace sitbreak::tray {

SessionProcess::SessionProcess(ChildOptions options)
    : options_{options}, child_{common::N_("the session window"), {}} {}

void SessionProcess::open(const std::string& routine, bool take_focus) {
    if (child_.running()) {
        // It may be behind other windows: a click that seems to do nothing says so.
        if (take_focus) tell_user(common::tr("The session window is open already."));
        return;
    }
    std::vector<std::string> arguments{"--session", routine};
    if (!take_focus) arguments.push_back("--session-quietly");
    (void)child_.start(std::move(arguments), options_);
}

}  // namespace sitbreak::tray
