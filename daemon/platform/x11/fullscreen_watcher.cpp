#include "fullscreen_watcher.hpp"

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <algorithm>
#include <array>
#include <vector>

namespace sitbreak::platform {
namespace {

// A 32-bit-format property of `type` as Xlib returns it (one long per item); empty if the
// window or the property is missing. A vanished window only logs (X11Connection's handler).
std::vector<unsigned long> read_property(Display* display, Window window, Atom property,
                                         Atom type) {
    Atom actual_type = None;
    int format = 0;
    unsigned long count = 0;
    unsigned long bytes_after = 0;
    unsigned char* data = nullptr;
    const int status = XGetWindowProperty(display, window, property, 0, 1024, False, type,
                                          &actual_type, &format, &count, &bytes_after, &data);
    std::vector<unsigned long> items;
    if (status == Success && data != nullptr && actual_type == type && format == 32) {
        const auto* values = reinterpret_cast<const unsigned long*>(data);
        items.assign(values, values + count);
    }
    if (data != nullptr) XFree(data);
    return items;
}

}  // namespace

FullscreenWatcher::FullscreenWatcher(X11Connection& x, QuietListener& listener)
    : x_{x},
      listener_{listener},
      root_{DefaultRootWindow(x.display())},
      subscription_{x.add_handler([this](XEvent& event) { return on_event(event); })} {
    std::array<char*, 3> names{const_cast<char*>("_NET_ACTIVE_WINDOW"),
                               const_cast<char*>("_NET_WM_STATE"),
                               const_cast<char*>("_NET_WM_STATE_FULLSCREEN")};
    std::array<Atom, 3> atoms{};
    XInternAtoms(x_.display(), names.data(), static_cast<int>(names.size()), False, atoms.data());
    net_active_window_ = atoms[0];
    net_wm_state_ = atoms[1];
    net_wm_state_fullscreen_ = atoms[2];
    // Added to whatever this connection already selects on the root, not instead of it.
    XWindowAttributes root{};
    XGetWindowAttributes(x_.display(), root_, &root);
    root_mask_before_ = root.your_event_mask;
    XSelectInput(x_.display(), root_, root_mask_before_ | PropertyChangeMask);
    follow_active_window();
}

FullscreenWatcher::~FullscreenWatcher() {
    if (x_.lost()) return;
    XSelectInput(x_.display(), root_, root_mask_before_);
    if (active_window_ != None) XSelectInput(x_.display(), active_window_, NoEventMask);
    XFlush(x_.display());
}

bool FullscreenWatcher::on_event(XEvent& event) {
    // Never "consumed": other handlers may watch the same windows.
    if (event.type == PropertyNotify) {
        const auto& property = event.xproperty;
        if (property.window == root_ && property.atom == net_active_window_) {
            follow_active_window();
        } else if (property.window == active_window_ && property.atom == net_wm_state_) {
            update();
        }
    }
    return false;
}

void FullscreenWatcher::follow_active_window() {
    const auto active = read_property(x_.display(), root_, net_active_window_, XA_WINDOW);
    const Window next = active.empty() ? None : active.front();
    if (next != active_window_) {
        if (active_window_ != None) XSelectInput(x_.display(), active_window_, NoEventMask);
        active_window_ = next;
        // Selected before the state is read, so no change falls between the two. Not
        // StructureNotifyMask: every move and resize would wake us. When the window goes,
        // the window manager names another active one (or None).
        if (active_window_ != None) XSelectInput(x_.display(), active_window_, PropertyChangeMask);
    }
    update();
}

bool FullscreenWatcher::active_is_fullscreen() const {
    if (active_window_ == None) return false;
    const auto states = read_property(x_.display(), active_window_, net_wm_state_, XA_ATOM);
    return std::find(states.begin(), states.end(), net_wm_state_fullscreen_) != states.end();
}

void FullscreenWatcher::update() {
    const bool now = active_is_fullscreen();
    if (now == fullscreen_) return;
    fullscreen_ = now;
    listener_.quiet_changed(core::Quiet::fullscreen, now);
}

}  // namespace sitbreak::platform
