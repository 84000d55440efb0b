// A window that says what it types: for checking that the prompt popup leaves the keyboard
// with the window the user works in. Prints "ready <window id>" once the window manager has
// taken it in (reparented and mapped), then "key <text>" for each key press and
// "focus in" / "focus out" as focus moves.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <poll.h>

#include <cstdio>

namespace {

// An openbox that has just set _NET_SUPPORTING_WM_CHECK can still lose a MapRequest (seen
// about once in ten starts): ask again until the window is managed.
constexpr int remap_after_ms = 250;

bool wait_for_event(Display* display, int timeout_ms) {
    if (XPending(display) > 0) return true;
    pollfd connection{ConnectionNumber(display), POLLIN, 0};
    return poll(&connection, 1, timeout_ms) > 0;
}

void report(Display* display, XEvent& event) {
    if (event.type == KeyPress) {
        char text[16] = {};
        KeySym symbol = 0;
        const int length = XLookupString(&event.xkey, text, sizeof text - 1, &symbol, nullptr);
        std::printf("key %s\n", symbol == XK_Return ? "<Return>" : length > 0 ? text : "?");
    } else if (event.type == FocusIn || event.type == FocusOut) {
        std::printf("focus %s\n", event.type == FocusIn ? "in" : "out");
    }
    (void)display;
}

}  // namespace

int main() {
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        std::fputs("focus_probe: cannot open the display named by DISPLAY\n", stderr);
        return 1;
    }
    const int screen = DefaultScreen(display);
    const Window window =
        XCreateSimpleWindow(display, RootWindow(display, screen), 100, 400, 400, 120, 1,
                            BlackPixel(display, screen), WhitePixel(display, screen));
    XStoreName(display, window, "focus probe");
    XWMHints hints{};
    hints.flags = InputHint;
    hints.input = True;  // openbox gives focus only to windows that ask for it
    XSetWMHints(display, window, &hints);
    XSelectInput(display, window, KeyPressMask | FocusChangeMask | StructureNotifyMask);
    XMapWindow(display, window);
    bool mapped = false;
    bool reparented = false;
    bool ready = false;
    for (;;) {
        if (!ready && !wait_for_event(display, remap_after_ms)) {
            XMapWindow(display, window);
            XFlush(display);
            continue;
        }
        XEvent event;
        XNextEvent(display, &event);
        mapped = mapped || event.type == MapNotify;
        reparented = reparented || event.type == ReparentNotify;
        if (!ready && mapped && reparented) {
            ready = true;
            std::printf("ready %lu\n", window);
        }
        report(display, event);
        std::fflush(stdout);
    }
}
