#pragma once
// The prompt popup runs in a process of its own, `sitbreak-tray --popup`, started when a
// prompt opens and gone once it closes: the wx and GTK code, fonts and figures a popup
// touches would otherwise stay in the tray for the rest of the day (DESIGN §12 measures the
// tray after a popup). The process finds the open prompt on the bus and answers it there.
#include "tray/child_process.hpp"

namespace sitbreak::tray {

class PopupProcess {
public:
    explicit PopupProcess(ChildOptions options);
    // The popup's process ends with this object: the prompt stays open on the daemon.

    // Starts the popup process. If one still runs (it may be closing the last prompt's
    // popup), starts another once it has ended; one with no prompt to show ends at once.
    void show();

private:
    ChildOptions options_;
    bool again_{false};
    ChildProcess child_;
};

}  // namespace sitbreak::tray
