#include "test_window.hpp"

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <stdexcept>

namespace sitbreak::test {
namespace {

Atom atom(Display* display, const char* name) { return XInternAtom(display, name, False); }

}  // namespace

TestWindow::TestWindow(const std::string& display) : display_{XOpenDisplay(display.c_str())} {
    if (display_ == nullptr) throw std::runtime_error{"TestWindow: cannot open " + display};
    const Window root = DefaultRootWindow(display_);
    window_ = XCreateSimpleWindow(display_, root, 40, 40, 320, 240, 0, 0, 0);
    XStoreName(display_, window_, "sitbreak test window");
    XMapWindow(display_, window_);
    XSync(display_, False);
}

TestWindow::~TestWindow() { XCloseDisplay(display_); }

void TestWindow::send_to_root(const char* message, long data0, long data1, long data2) {
    XEvent event{};
    event.xclient.type = ClientMessage;
    event.xclient.window = window_;
    event.xclient.message_type = atom(display_, message);
    event.xclient.format = 32;
    event.xclient.data.l[0] = data0;
    event.xclient.data.l[1] = data1;
    event.xclient.data.l[2] = data2;
    XSendEvent(display_, DefaultRootWindow(display_), False,
               SubstructureRedirectMask | SubstructureNotifyMask, &event);
    XSync(display_, False);
}

void TestWindow::request_fullscreen(bool on) {
    // data.l[0]: 1 add, 0 remove; [1]: the state; [3] would be the source (1: an application).
    send_to_root("_NET_WM_STATE", on ? 1 : 0,
                 static_cast<long>(atom(display_, "_NET_WM_STATE_FULLSCREEN")), 0);
}

void TestWindow::request_activation() {
    // data.l[0] = 2: the request comes from a pager, which window managers always honour.
    send_to_root("_NET_ACTIVE_WINDOW", 2, CurrentTime, 0);
}

bool TestWindow::active() const {
    Atom type = None;
    int format = 0;
    unsigned long count = 0;
    unsigned long after = 0;
    unsigned char* data = nullptr;
    bool result = false;
    if (XGetWindowProperty(display_, DefaultRootWindow(display_),
                           atom(display_, "_NET_ACTIVE_WINDOW"), 0, 1, False, XA_WINDOW, &type,
                           &format, &count, &after, &data) == Success &&
        data != nullptr && count == 1) {
        result = *reinterpret_cast<unsigned long*>(data) == window_;
    }
    if (data != nullptr) XFree(data);
    return result;
}

void TestWindow::write_fullscreen_state(bool on) {
    const Atom fullscreen = atom(display_, "_NET_WM_STATE_FULLSCREEN");
    XChangeProperty(display_, window_, atom(display_, "_NET_WM_STATE"), XA_ATOM, 32,
                    PropModeReplace, reinterpret_cast<const unsigned char*>(&fullscreen),
                    on ? 1 : 0);
    XSync(display_, False);
}

void TestWindow::write_active_window(unsigned long window) {
    const Window value = window;
    XChangeProperty(display_, DefaultRootWindow(display_), atom(display_, "_NET_ACTIVE_WINDOW"),
                    XA_WINDOW, 32, PropModeReplace, reinterpret_cast<const unsigned char*>(&value),
                    1);
    XSync(display_, False);
}

void TestWindow::destroy() {
    XDestroyWindow(display_, window_);
    XSync(display_, False);
}

void select_root_property_changes(Display* display) {
    XSelectInput(display, DefaultRootWindow(display), PropertyChangeMask);
}

bool is_property_notify(const XEvent& event) { return event.type == PropertyNotify; }

}  // namespace sitbreak::test
