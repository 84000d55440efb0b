#pragma once
// Reading what tray/windows/window_probe.hpp prints (the demo, and sitbreak-tray with its
// hidden --probe-windows): where a window's named controls are, and clicking one the way a
// user would, with xdotool.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sitbreak::test {

struct WidgetBox {
    int x{0};
    int y{0};
    int width{0};
    int height{0};
};

struct ShownWindow {
    unsigned long id{0};
    std::int64_t created_ns{0};  // steady clock, when the program made the window
    std::int64_t seen_ns{0};     // steady clock, when the test saw it shown
    int scale{1};
    std::string title;
    std::map<std::string, WidgetBox> widgets;
    std::vector<std::string> labels;  // what its controls say, in the order listed
};

// Each report in `out`: the widget lines up to a "shown" line.
[[nodiscard]] std::vector<ShownWindow> window_reports(const std::string& out);

// Moves the pointer to the middle of `widget` of `window` on `display` and clicks it;
// throws when xdotool fails.
void click_widget(const std::string& display, const ShownWindow& window, const std::string& widget);

}  // namespace sitbreak::test
