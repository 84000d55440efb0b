#pragma once
// What the gui tests need to see from outside: once a window is on screen and painted, the
// demo (and the tray with its hidden --probe-windows) prints
//   widget <name> <x> <y> <width> <height>     (named controls, window pixels)
//   shown <X window id> <steady-clock ns when the window was made> <scale>
// and, with a screenshot path, writes the window as PNG, prints "screenshot <path>" and
// closes the window. Without one, it prints the widget lines and "shown" again each time a
// painted change showed, hid or moved a named control (a page of the popup turning).
#include <wx/toplevel.h>

#include <cstdint>
#include <filesystem>

namespace sitbreak::tray {

struct ProbeOptions {
    std::filesystem::path screenshot;  // empty: none
    std::int64_t created_ns{0};
};

void watch_window(wxTopLevelWindow* window, ProbeOptions options);

// One line on stdout, flushed at once: tests read it while the demo runs.
void say(const std::string& line);

}  // namespace sitbreak::tray
