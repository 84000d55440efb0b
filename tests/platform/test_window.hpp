#pragma once
// A bare Xlib toplevel on its own connection, standing in for a video player or a game:
// it asks the window manager for fullscreen the EWMH way, or (with no window manager)
// writes the properties a window manager would.
#include <string>

typedef struct _XDisplay Display;  // NOLINT: Xlib's own spelling
typedef union _XEvent XEvent;      // NOLINT

namespace sitbreak::test {

class TestWindow {
public:
    // Opens its own connection to `display` and maps a 320x240 window.
    explicit TestWindow(const std::string& display);
    ~TestWindow();
    TestWindow(const TestWindow&) = delete;
    TestWindow& operator=(const TestWindow&) = delete;

    [[nodiscard]] unsigned long id() const { return window_; }
    // _NET_WM_STATE client message to the root (add/remove _NET_WM_STATE_FULLSCREEN).
    void request_fullscreen(bool on);
    // _NET_ACTIVE_WINDOW client message to the root, as a pager or taskbar sends it.
    void request_activation();
    // True when the root's _NET_ACTIVE_WINDOW names this window.
    [[nodiscard]] bool active() const;
    // Without a window manager: write this window's _NET_WM_STATE, or the root's
    // _NET_ACTIVE_WINDOW (to `window`, which may be one that does not exist).
    void write_fullscreen_state(bool on);
    void write_active_window(unsigned long window);
    // Destroys the window now (the connection stays).
    void destroy();

private:
    void send_to_root(const char* message, long data0, long data1, long data2);

    Display* display_;
    unsigned long window_;
};

// For tests that must not include <X11/Xlib.h> (its `Status` macro breaks core/engine.hpp):
// selects PropertyNotify on the root for `display`, and tells such an event.
void select_root_property_changes(Display* display);
[[nodiscard]] bool is_property_notify(const XEvent& event);

}  // namespace sitbreak::test
