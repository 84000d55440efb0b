#pragma once
// The window tree of an X display as a test sees it: names, places, and whether a window is
// on screen. Finds the tray icon trayer embedded, the tray's open menus and its windows.
#include <optional>
#include <string>
#include <vector>

namespace sitbreak::test {

struct XWindow {
    unsigned long id{0};
    unsigned long parent{0};
    std::string name;  // _NET_WM_NAME, else WM_NAME; "" for none
    int x{0};          // on the root window
    int y{0};
    int width{0};
    int height{0};
    bool viewable{false};  // mapped, and every ancestor too
    bool override_redirect{false};
    // The last part of _NET_WM_WINDOW_TYPE: "POPUP_MENU", "TOOLTIP", "NORMAL"; "" for none.
    std::string type;
};

// Every window, parents before children. Throws std::runtime_error naming the display when it
// cannot be opened. Windows that vanish while they are listed are left out.
[[nodiscard]] std::vector<XWindow> list_windows(const std::string& display);

// Viewable windows named `name` inside the subtree of a window named `ancestor` ("" = any).
[[nodiscard]] std::vector<XWindow> find_windows(const std::vector<XWindow>& windows,
                                                const std::string& name,
                                                const std::string& ancestor = "");

}  // namespace sitbreak::test
