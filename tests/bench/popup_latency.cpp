// popup_latency: how long after the daemon's PromptOpened the tray's popup is on screen, and
// how long until its exercise figure is (DESIGN §12: 150 ms). Prints figures; not a test.
//
//   popup_latency [--runs N] [--timeout-ms MS] [--pause-ms MS] [--tolerance T]
//                 [--min-pixels N]
//
// Needs sitbreakd and sitbreak-tray on $DBUS_SESSION_BUS_ADDRESS, both on $DISPLAY, the
// daemon in a spell (PromptNow is refused otherwise) and the popup as the prompt's style.
// Each round: PromptNow; PromptOpened stamps t0; the MapNotify of the top-level window
// named "sitbreak prompt" stamps "mapped"; the first image of that window with the figures'
// body colour stamps "mapped with figure"; then Skip, and PromptClosed and the unmap are
// awaited before the next round. popup_bench.sh sets all of this up.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <poll.h>
#include <sdbus-c++/sdbus-c++.h>
#include <time.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "client/bus_names.hpp"

namespace {

using sitbreak::client::kBusName;
using sitbreak::client::kInterface;
using sitbreak::client::kObjectPath;

constexpr const char* prompt_title = "sitbreak prompt";
// The figures draw the body in this colour (assets/exercises/figures/README.md); nothing
// else in the popup uses it, so its pixels on screen mean a figure has been painted.
constexpr int body_r = 0x4a, body_g = 0x6d, body_b = 0x8c;

struct Options {
    int runs{10};
    int timeout_ms{5000};
    int pause_ms{300};    // after a round, so that the tray's status refresh is not measured
    int tolerance{8};     // per channel: the SVG rasteriser's anti-aliasing
    long min_pixels{50};  // body-coloured pixels that count as a figure on screen
};

std::int64_t now_us() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return std::int64_t{t.tv_sec} * 1000000 + t.tv_nsec / 1000;
}

[[noreturn]] void fail(const std::string& why) {
    std::fprintf(stderr, "popup_latency: %s\n", why.c_str());
    std::exit(1);
}

int number(const char* text, const char* option) {
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < 0 || value > 1000000)
        fail(std::string{option} + " needs a number");
    return static_cast<int>(value);
}

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--runs" && has_value)
            options.runs = number(argv[++i], "--runs");
        else if (arg == "--timeout-ms" && has_value)
            options.timeout_ms = number(argv[++i], "--timeout-ms");
        else if (arg == "--pause-ms" && has_value)
            options.pause_ms = number(argv[++i], "--pause-ms");
        else if (arg == "--tolerance" && has_value)
            options.tolerance = number(argv[++i], "--tolerance");
        else if (arg == "--min-pixels" && has_value)
            options.min_pixels = number(argv[++i], "--min-pixels");
        else
            fail(
                "usage: popup_latency [--runs N] [--timeout-ms MS] [--pause-ms MS] [--tolerance T] "
                "[--min-pixels N]");
    }
    if (options.runs < 1) fail("--runs needs at least 1");
    return options;
}

// The daemon's side: its two prompt signals and asynchronous calls, so that a signal is
// stamped when it arrives, not after a blocking call's reply.
class Daemon {
public:
    Daemon() : bus_{sdbus::createSessionBusConnection()} {
        proxy_ = sdbus::createProxy(*bus_, kBusName, kObjectPath);
        // Match rules before the first call: no PromptOpened can slip past.
        proxy_->uponSignal("PromptOpened")
            .onInterface(kInterface)
            .call([this](std::uint64_t id, const std::vector<std::string>&, const std::string&) {
                opened_id = id;
                opened_at = now_us();
            });
        proxy_->uponSignal("PromptClosed")
            .onInterface(kInterface)
            .call([this](std::uint64_t id, const std::string&) { closed_id = id; });
        proxy_->finishRegistration();
    }

    void call(const char* method) {
        proxy_->callMethodAsync(method)
            .onInterface(kInterface)
            .uponReplyInvoke([this, method](const sdbus::Error* error) {
                if (error) failure = std::string{method} + ": " + error->getMessage();
            });
    }

    // Handles what has arrived; returns the fd and events to poll for more.
    pollfd dispatch() {
        while (bus_->processPendingRequest()) {
        }
        const auto data = bus_->getEventLoopPollData();
        return pollfd{data.fd, data.events, 0};
    }

    std::optional<std::uint64_t> opened_id;
    std::int64_t opened_at{0};
    std::optional<std::uint64_t> closed_id;
    std::string failure;

private:
    std::unique_ptr<sdbus::IConnection> bus_;
    std::unique_ptr<sdbus::IProxy> proxy_;
};

// Errors for windows that went away between an event and a request are expected here.
int ignore_x_error(Display*, XErrorEvent*) { return 0; }

bool named_prompt(Display* display, Window window) {
    char* name = nullptr;
    if (XFetchName(display, window, &name) == 0 || name == nullptr) return false;
    const bool match = std::string{name} == prompt_title;
    XFree(name);
    return match;
}

// The popup itself, or the client window inside a window manager's frame.
Window find_prompt(Display* display, Window window, int depth = 0) {
    if (named_prompt(display, window)) return window;
    if (depth >= 3) return 0;
    Window root = 0, parent = 0, *children = nullptr;
    unsigned count = 0;
    if (XQueryTree(display, window, &root, &parent, &children, &count) == 0) return 0;
    Window found = 0;
    for (unsigned i = 0; i < count && found == 0; ++i)
        found = find_prompt(display, children[i], depth + 1);
    if (children != nullptr) XFree(children);
    return found;
}

bool near(unsigned long value, int target, int tolerance) {
    const int v = static_cast<int>(value);
    return v - target <= tolerance && target - v <= tolerance;
}

// The body-coloured pixels seen and where: the box shows they are where the figures are.
struct BodyPixels {
    long count{0};
    int left{0}, top{0}, right{-1}, bottom{-1};
    void add(int x, int y) {
        if (count++ == 0) left = right = x, top = bottom = y;
        left = std::min(left, x), right = std::max(right, x);
        top = std::min(top, y), bottom = std::max(bottom, y);
    }
};

// Pixels of the body colour in the window as the screen shows it (no compositor: the
// window's contents are the frame buffer's). None when the window cannot be read.
BodyPixels body_pixels(Display* display, Window window, int tolerance) {
    XWindowAttributes attributes{};
    if (XGetWindowAttributes(display, window, &attributes) == 0 ||
        attributes.map_state != IsViewable)
        return {};
    XImage* image = XGetImage(display, window, 0, 0, static_cast<unsigned>(attributes.width),
                              static_cast<unsigned>(attributes.height), AllPlanes, ZPixmap);
    if (image == nullptr) return {};
    const bool rgb888 = image->bits_per_pixel == 32 && image->red_mask == 0xff0000 &&
                        image->green_mask == 0xff00 && image->blue_mask == 0xff;
    BodyPixels found;
    for (int y = 0; y < image->height; ++y) {
        for (int x = 0; x < image->width; ++x) {
            const unsigned long pixel = rgb888 ? reinterpret_cast<const std::uint32_t*>(
                                                     image->data + y * image->bytes_per_line)[x]
                                               : XGetPixel(image, x, y);
            if (near((pixel >> 16) & 0xff, body_r, tolerance) &&
                near((pixel >> 8) & 0xff, body_g, tolerance) &&
                near(pixel & 0xff, body_b, tolerance))
                found.add(x, y);
        }
    }
    XDestroyImage(image);
    return found;
}

struct Round {
    double mapped_ms{0};
    double figure_ms{0};
    BodyPixels pixels;
};

class Bench {
public:
    explicit Bench(const Options& options) : options_{options} {
        display_ = XOpenDisplay(nullptr);
        if (display_ == nullptr) fail("cannot open the X display (is DISPLAY set?)");
        XSetErrorHandler(ignore_x_error);
        XSelectInput(display_, DefaultRootWindow(display_), SubstructureNotifyMask);
        XSync(display_, False);
    }
    ~Bench() { XCloseDisplay(display_); }
    Bench(const Bench&) = delete;
    Bench& operator=(const Bench&) = delete;

    Round round(int number);
    // What one look at the popup (attributes, image, scan) cost on average: the resolution
    // of "mapped with figure".
    [[nodiscard]] double look_ms() const {
        return looks_ ? static_cast<double>(look_us_) / 1000 / static_cast<double>(looks_) : 0;
    }

private:
    void x_events();
    // Runs the bus and X until `done` holds or the timeout; polls every `step_ms`.
    template <typename Done>
    void wait(const char* what, Done done, int step_ms = 50);

    const Options& options_;
    Daemon daemon_;
    Display* display_{nullptr};
    Window prompt_{0};
    std::int64_t mapped_at_{0};
    bool unmapped_{false};
    long looks_{0};
    std::int64_t look_us_{0};
};

void Bench::x_events() {
    while (XPending(display_) > 0) {
        XEvent event{};
        XNextEvent(display_, &event);
        if (event.type == MapNotify && prompt_ == 0) {
            const std::int64_t at = now_us();
            const Window found = find_prompt(display_, event.xmap.window);
            if (found == 0) continue;
            prompt_ = found;
            mapped_at_ = at;
            // Its own unmap, even where a window manager's frame is its parent.
            XSelectInput(display_, prompt_, StructureNotifyMask);
        } else if ((event.type == UnmapNotify && event.xunmap.window == prompt_) ||
                   (event.type == DestroyNotify && event.xdestroywindow.window == prompt_)) {
            unmapped_ = true;
        }
    }
}

template <typename Done>
void Bench::wait(const char* what, Done done, int step_ms) {
    const std::int64_t deadline = now_us() + std::int64_t{options_.timeout_ms} * 1000;
    for (;;) {
        pollfd fds[2] = {daemon_.dispatch(), {ConnectionNumber(display_), POLLIN, 0}};
        x_events();
        if (!daemon_.failure.empty()) fail(daemon_.failure);
        if (done()) return;
        if (now_us() > deadline) fail(std::string{"timed out waiting for "} + what);
        poll(fds, 2, step_ms);
    }
}

Round Bench::round(int number) {
    daemon_.opened_id.reset();
    daemon_.closed_id.reset();
    prompt_ = 0;
    unmapped_ = false;
    daemon_.call("PromptNow");
    wait(
        "PromptOpened", [&] { return daemon_.opened_id.has_value(); }, 50);
    wait(
        "the popup's MapNotify", [&] { return prompt_ != 0; }, 1);
    Round result;
    result.mapped_ms = static_cast<double>(mapped_at_ - daemon_.opened_at) / 1000;
    wait(
        "the figure on screen",
        [&] {
            const std::int64_t start = now_us();
            result.pixels = body_pixels(display_, prompt_, options_.tolerance);
            look_us_ += now_us() - start;
            ++looks_;
            if (result.pixels.count < options_.min_pixels) return false;
            result.figure_ms = static_cast<double>(now_us() - daemon_.opened_at) / 1000;
            return true;
        },
        1);
    const BodyPixels& p = result.pixels;
    std::printf(
        "round %d: prompt %llu, mapped %.1f ms, mapped with figure %.1f ms "
        "(%ld body pixels in x %d-%d, y %d-%d)\n",
        number, static_cast<unsigned long long>(*daemon_.opened_id), result.mapped_ms,
        result.figure_ms, p.count, p.left, p.right, p.top, p.bottom);
    std::fflush(stdout);
    daemon_.call("Skip");
    wait("PromptClosed and the popup's unmap",
         [&] { return daemon_.closed_id == daemon_.opened_id && unmapped_; });
    const std::int64_t settled = now_us() + std::int64_t{options_.pause_ms} * 1000;
    wait(
        "the pause", [&] { return now_us() >= settled; }, 10);
    return result;
}

void summary(const char* what, std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    std::printf("%s (ms): median %.1f, best %.1f, worst %.1f (%zu rounds)\n", what, median,
                values.front(), values.back(), n);
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    try {
        Bench bench{options};
        std::vector<double> mapped, figure;
        for (int i = 1; i <= options.runs; ++i) {
            const Round r = bench.round(i);
            mapped.push_back(r.mapped_ms);
            figure.push_back(r.figure_ms);
        }
        summary("PromptOpened -> popup mapped", mapped);
        summary("PromptOpened -> popup mapped with figure", figure);
        std::printf("one look at the popup's pixels took %.2f ms on average, 1 ms apart\n",
                    bench.look_ms());
    } catch (const sdbus::Error& error) {
        fail("D-Bus: " + error.getName() + ": " + error.getMessage());
    }
    return 0;
}
