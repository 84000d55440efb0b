#pragma once
// Runs sitbreak-tray-windows-demo on a test X server and reads what it prints (see
// tray/windows/window_probe.hpp): when its window is on screen, where its controls are,
// what its buttons did. Clicks and keys go in through xdotool, as a user's would.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gui/support/capture.hpp"
#include "gui/support/window_reports.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {

class DemoWindow {
public:
    // Starts the demo with `args`; HOME and the XDG directories point into `home`.
    DemoWindow(const XServer& x, std::vector<std::string> args, const std::filesystem::path& home,
               Env extra = {});

    // Waits for the first "shown" line and the widget lines before it; throws on timeout.
    const ShownWindow& wait_shown(std::chrono::milliseconds timeout = std::chrono::seconds{20});
    // Waits until the window as last reported (the demo reports again when its controls
    // change, e.g. the popup turning a page) shows the control `widget`, and takes that
    // report as shown(), seen now. Throws on timeout.
    const ShownWindow& wait_widget(const std::string& widget,
                                   std::chrono::milliseconds timeout = std::chrono::seconds{10});
    [[nodiscard]] const ShownWindow& shown() const { return *shown_; }
    // Every stdout line so far.
    [[nodiscard]] std::vector<std::string> lines() const;
    // The first line starting with `prefix`, if any.
    [[nodiscard]] std::optional<std::string> line_starting(const std::string& prefix) const;
    // Every line starting with `prefix`, in order.
    [[nodiscard]] std::vector<std::string> lines_starting(const std::string& prefix) const;
    // Moves the pointer to the middle of a named control and clicks it.
    void click(const std::string& widget);
    // What the screen shows of one control (or of the whole window with "").
    [[nodiscard]] Image capture_widget(const std::string& widget = "") const;
    Process& process() { return process_; }

private:
    // Each report so far: the widget lines up to a "shown" line.
    [[nodiscard]] std::vector<ShownWindow> reports() const;

    const XServer& x_;
    Process process_;
    std::optional<ShownWindow> shown_;
};

// Returns once the window manager takes in new windows: openbox announces itself a moment
// before it does, and a window mapped in that moment is never managed.
void wait_for_window_manager(const XServer& x);

// Monotonic now in ns, on the clock the demo prints.
[[nodiscard]] std::int64_t steady_ns();

// How many pixels of `image` are close to `colour` (each channel within `tolerance`).
[[nodiscard]] int count_near(const Image& image, Rgb colour, int tolerance);

}  // namespace sitbreak::test
