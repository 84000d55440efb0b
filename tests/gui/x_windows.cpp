#include "x_windows.hpp"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace sitbreak::test {

namespace {

// A window can close between XQueryTree and the next request: ignore its BadWindow instead
// of letting Xlib's default handler exit the test.
int ignore_error(Display*, XErrorEvent*) { return 0; }

std::string utf8_name(Display* display, Window window) {
    const Atom net_wm_name = XInternAtom(display, "_NET_WM_NAME", False);
    const Atom utf8 = XInternAtom(display, "UTF8_STRING", False);
    Atom type = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(display, window, net_wm_name, 0, 1024, False, utf8, &type, &format,
                           &count, &after, &data) == Success &&
        data != nullptr) {
        std::string name{reinterpret_cast<char*>(data), count};
        XFree(data);
        if (!name.empty()) return name;
    }
    char* legacy = nullptr;
    if (XFetchName(display, window, &legacy) && legacy != nullptr) {
        std::string name{legacy};
        XFree(legacy);
        return name;
    }
    return {};
}

std::string window_type(Display* display, Window window) {
    const Atom property = XInternAtom(display, "_NET_WM_WINDOW_TYPE", False);
    Atom type = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(display, window, property, 0, 1, False, XA_ATOM, &type, &format, &count,
                           &after, &data) != Success ||
        data == nullptr) {
        return {};
    }
    const Atom first = count > 0 ? *reinterpret_cast<Atom*>(data) : None;
    XFree(data);
    if (first == None) return {};
    char* name = XGetAtomName(display, first);
    std::string text{name ? name : ""};
    if (name) XFree(name);
    const std::string prefix = "_NET_WM_WINDOW_TYPE_";
    return text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
}

void collect(Display* display, Window root, Window window, Window parent, bool parent_viewable,
             std::vector<XWindow>& out) {
    XWindowAttributes attributes{};
    if (XGetWindowAttributes(display, window, &attributes) == 0) return;
    XWindow entry;
    entry.id = window;
    entry.parent = parent;
    entry.name = utf8_name(display, window);
    Window child = 0;
    XTranslateCoordinates(display, window, root, 0, 0, &entry.x, &entry.y, &child);
    entry.width = attributes.width;
    entry.height = attributes.height;
    entry.viewable = parent_viewable && attributes.map_state == IsViewable;
    entry.override_redirect = attributes.override_redirect;
    entry.type = window_type(display, window);
    out.push_back(entry);
    Window root_return = 0, parent_return = 0;
    Window* children = nullptr;
    unsigned int count = 0;
    if (XQueryTree(display, window, &root_return, &parent_return, &children, &count) == 0) return;
    for (unsigned int i = 0; i < count; ++i) {
        collect(display, root, children[i], window, entry.viewable, out);
    }
    if (children) XFree(children);
}

}  // namespace

std::vector<XWindow> list_windows(const std::string& display_name) {
    std::unique_ptr<Display, int (*)(Display*)> display{XOpenDisplay(display_name.c_str()),
                                                        XCloseDisplay};
    if (!display) throw std::runtime_error{"Cannot open X display " + display_name + "."};
    const auto previous = XSetErrorHandler(ignore_error);
    XGrabServer(display.get());  // a consistent tree, not one that changes while we walk it
    std::vector<XWindow> windows;
    const Window root = DefaultRootWindow(display.get());
    collect(display.get(), root, root, 0, true, windows);
    XUngrabServer(display.get());
    XSync(display.get(), False);
    XSetErrorHandler(previous);
    return windows;
}

std::vector<XWindow> find_windows(const std::vector<XWindow>& windows, const std::string& name,
                                  const std::string& ancestor) {
    std::map<unsigned long, const XWindow*> by_id;
    for (const XWindow& window : windows) by_id[window.id] = &window;
    auto inside = [&](const XWindow& window) {
        if (ancestor.empty()) return true;
        for (auto it = by_id.find(window.parent); it != by_id.end();
             it = by_id.find(it->second->parent)) {
            if (it->second->name == ancestor) return true;
        }
        return false;
    };
    std::vector<XWindow> found;
    for (const XWindow& window : windows) {
        if (window.viewable && window.name == name && inside(window)) found.push_back(window);
    }
    return found;
}

}  // namespace sitbreak::test
