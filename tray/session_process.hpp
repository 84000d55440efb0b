#pragma once
// The session window runs in a process of its own, `sitbreak-tray --session ROUTINE`, like the
// prompt popup (tray/popup_process.hpp): its wx windows and figures leave the tray when it
// closes. One at a time: asked again while one runs, the user is told it is open. It ends with
// this object (the tray quitting): its session then ends as stopped.
#include <string>

#include "tray/child_process.hpp"

namespace sitbreak::tray {

class SessionProcess {
public:
    explicit SessionProcess(ChildOptions options);

    // `routine` "" is the catalogue's first; `take_focus` false when the daemon's suggestion
    // asked for it.
    void open(const std::string& routine, bool take_focus);

private:
    ChildOptions options_;
    ChildProcess child_;
};

}  // namespace sitbreak::tray
