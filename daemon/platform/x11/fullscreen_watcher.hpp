#pragma once
// Suppression while the active window is fullscreen (DESIGN §9): follows _NET_ACTIVE_WINDOW
// on the root window and _NET_WM_STATE of the active window, both by PropertyNotify.
//
// Cost: PropertyNotify comes for every property of the active window. Toolkits that stamp
// _NET_WM_USER_TIME on the toplevel at each key press would wake the daemon per key; GTK 3
// and Qt 5 stamp a separate _NET_WM_USER_TIME_WINDOW when the window manager supports it
// (openbox, xfwm4, kwin, mutter do), so only old or bare-Xlib clients cost wake-ups.
#include "platform/quiet_listener.hpp"
#include "platform/x11/x11_connection.hpp"

namespace sitbreak::platform {

class FullscreenWatcher {
public:
    // Starts watching; if the active window is fullscreen already, says so (quiet_changed
    // on) before the constructor returns. Afterwards reports changes only.
    FullscreenWatcher(X11Connection& x, QuietListener& listener);
    ~FullscreenWatcher();
    FullscreenWatcher(const FullscreenWatcher&) = delete;
    FullscreenWatcher& operator=(const FullscreenWatcher&) = delete;

    [[nodiscard]] bool fullscreen() const { return fullscreen_; }

private:
    using XId = unsigned long;  // Window, Atom

    bool on_event(XEvent& event);
    void follow_active_window();
    void update();
    [[nodiscard]] bool active_is_fullscreen() const;

    X11Connection& x_;
    QuietListener& listener_;
    XId root_;
    long root_mask_before_{0};
    XId net_active_window_{0};
    XId net_wm_state_{0};
    XId net_wm_state_fullscreen_{0};
    XId active_window_{0};
    bool fullscreen_{false};
    X11Connection::Subscription subscription_;
};

}  // namespace sitbreak::platform
