#pragma once
// `sitbreak-tray --popup` (tray/popup_process.hpp): shows the open prompt's popup and answers
// it on the bus, like the tray would, then asks to end once there is no popup to show: the
// prompt closed, the daemon left, or no prompt was open at all.
#include <sdbus-c++/IConnection.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "tray/daemon_status.hpp"

namespace sitbreak::tray {

class DaemonLink;
class WindowGlue;

class PopupController {
public:
    PopupController(sdbus::IConnection& bus, std::optional<std::chrono::seconds> hold_length,
                    bool probe_windows, std::function<void()> done);
    ~PopupController();
    PopupController(const PopupController&) = delete;
    PopupController& operator=(const PopupController&) = delete;

private:
    void status_changed(const std::optional<DaemonStatus>& status);
    void finish_unless_showing();

    std::function<void()> done_;
    std::unique_ptr<DaemonLink> link_;
    std::unique_ptr<WindowGlue> windows_;
    bool had_status_{false};
    wxTimer give_up_;  // a popup the daemon never let us build must not keep a process
};

}  // namespace sitbreak::tray
