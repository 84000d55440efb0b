#include "demo_window.hpp"

#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "support/wait.hpp"

namespace sitbreak::test {

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream{text};
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    return lines;
}

// A GTK client on a bare test server: no session bus, no accessibility bus, no dconf, so
// that it neither waits for them nor starts any behind the test's back.
Env demo_env(const XServer& x, const std::filesystem::path& home, Env extra) {
    Env env = x.env();
    env["HOME"] = home.string();
    env["XDG_CONFIG_HOME"] = (home / "config").string();
    env["XDG_CONFIG_DIRS"] = (home / "etc").string();
    env["XDG_DATA_HOME"] = (home / "data").string();
    env["XDG_CACHE_HOME"] = (home / "cache").string();
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + (home / "no-bus").string();
    env["NO_AT_BRIDGE"] = "1";
    env["GSETTINGS_BACKEND"] = "memory";
    env["GDK_BACKEND"] = "x11";
    env["GTK_THEME"] = "Adwaita";
    for (auto& [name, value] : extra) env[name] = value;
    return env;
}

ProcessOptions options_for(const XServer& x, const std::filesystem::path& home, Env extra) {
    ProcessOptions options;
    options.env = demo_env(x, home, std::move(extra));
    return options;
}

}  // namespace

void wait_for_window_manager(const XServer& x) {
    ProcessOptions options;
    options.env = x.env();
    Process probe{{SITBREAK_FOCUS_PROBE_PATH}, options};
    if (!wait_until([&] { return probe.out().find("ready ") != std::string::npos; },
                    std::chrono::seconds{10}, "openbox to manage a window")) {
        throw std::runtime_error{"openbox did not manage a test window: " + probe.err()};
    }
}

std::int64_t steady_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

DemoWindow::DemoWindow(const XServer& x, std::vector<std::string> args,
                       const std::filesystem::path& home, Env extra)
    : x_{x},
      process_{[&] {
                   args.insert(args.begin(), SITBREAK_DEMO_PATH);
                   return args;
               }(),
               options_for(x, home, std::move(extra))} {}

std::vector<std::string> DemoWindow::lines() const { return split_lines(process_.out()); }

std::optional<std::string> DemoWindow::line_starting(const std::string& prefix) const {
    for (const std::string& line : lines()) {
        if (line.rfind(prefix, 0) == 0) return line;
    }
    return std::nullopt;
}

std::vector<std::string> DemoWindow::lines_starting(const std::string& prefix) const {
    std::vector<std::string> found;
    for (const std::string& line : lines()) {
        if (line.rfind(prefix, 0) == 0) found.push_back(line);
    }
    return found;
}

std::vector<ShownWindow> DemoWindow::reports() const { return window_reports(process_.out()); }

const ShownWindow& DemoWindow::wait_shown(std::chrono::milliseconds timeout) {
    // The demo prints the widget lines before "shown".
    const auto ready =
        wait_until([this] { return line_starting("shown ").has_value() || !process_.running(); },
                   timeout, "the demo window to be shown");
    if (!ready || !line_starting("shown ")) {
        throw std::runtime_error{"The demo window did not show: " + process_.err()};
    }
    shown_ = reports().front();
    shown_->seen_ns = steady_ns();
    return *shown_;
}

const ShownWindow& DemoWindow::wait_widget(const std::string& widget,
                                           std::chrono::milliseconds timeout) {
    std::optional<ShownWindow> latest;
    const bool shows = wait_until(
        [&] {
            const std::vector<ShownWindow> all = reports();
            if (!all.empty()) latest = all.back();
            return latest && latest->widgets.count(widget) > 0;
        },
        timeout, "the demo window to show " + widget);
    if (!shows) {
        throw std::runtime_error{"The demo window did not show " + widget + ": " + process_.out() +
                                 process_.err()};
    }
    shown_ = latest;
    shown_->seen_ns = steady_ns();
    return *shown_;
}

void DemoWindow::click(const std::string& widget) { click_widget(x_.display(), *shown_, widget); }

Image DemoWindow::capture_widget(const std::string& widget) const {
    const Image window = capture(x_.display(), shown_->id);
    if (widget.empty()) return window;
    const WidgetBox& box = shown_->widgets.at(widget);
    Image part{box.width, box.height};
    for (int y = 0; y < box.height; ++y) {
        for (int x = 0; x < box.width; ++x) part.set(x, y, window.at(box.x + x, box.y + y));
    }
    return part;
}

int count_near(const Image& image, Rgb colour, int tolerance) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const Rgb pixel = image.at(x, y);
            if (std::abs(pixel.r - colour.r) <= tolerance &&
                std::abs(pixel.g - colour.g) <= tolerance &&
                std::abs(pixel.b - colour.b) <= tolerance) {
                ++count;
            }
        }
    }
    return count;
}

}  // namespace sitbreak::test
