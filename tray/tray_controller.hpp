#pragma once
// The tray's one brain: the daemon's status in, the icon and menu out, the menu's commands
// back to the daemon. Redraws only when what is shown changes, and wakes by itself only at
// the next minute or ring step while the user sits (a one-shot timer, never a tick).
#include <sdbus-c++/IConnection.h>
#include <wx/timer.h>

#include <chrono>
#include <memory>
#include <optional>

#include "client/wall_clock.hpp"
#include "tray/daemon_status.hpp"
#include "tray/menu_model.hpp"
#include "tray/tray_view.hpp"

namespace sitbreak::client {
class NameWatch;
}

namespace sitbreak::tray {

using client::NameWatch;
class DaemonLink;
class SessionProcess;
class TrayBackend;
class WindowGlue;

class TrayController {
public:
    struct Options {
        // Replaces every seconds dose (hidden --squeeze-seconds, for tests).
        std::optional<std::chrono::seconds> hold_length;
        // Prints where the popup's controls are (hidden --probe-windows, for tests).
        bool probe_windows{false};
    };
    TrayController(sdbus::IConnection& bus, Options options);
    ~TrayController();
    TrayController(const TrayController&) = delete;
    TrayController& operator=(const TrayController&) = delete;

private:
    void status_changed(const std::optional<DaemonStatus>& status);
    void redraw();
    void arm_clock(common::TimePoint now);
    void host_changed(bool sni_host);
    void run(MenuCommand command);
    void start_daemon();

    client::LocalZone zone_;
    std::optional<DaemonStatus> status_;
    std::optional<TrayView> shown_;
    wxTimer clock_;
    std::unique_ptr<TrayBackend> backend_;
    bool backend_is_sni_{false};
    std::unique_ptr<DaemonLink> link_;
    std::unique_ptr<WindowGlue> windows_;
    std::unique_ptr<SessionProcess> sessions_;  // the session window's process
    std::unique_ptr<NameWatch> host_watch_;
};

}  // namespace sitbreak::tray
