#include "popup_fixture.hpp"

#include <sstream>

#include "support/wait.hpp"

namespace sitbreak::test {

using namespace std::chrono_literals;

PopupTest::PopupTest() { wait_for_window_manager(x_); }

void PopupTest::wait_out_click_guard(const DemoWindow& demo) {
    const std::int64_t open_at = demo.shown().seen_ns + 600'000'000;
    ASSERT_TRUE(wait_until([&] { return steady_ns() >= open_at; }, 5s, "the click guard"));
}

Process PopupTest::start_typing() {
    ProcessOptions options;
    options.env = x_.env();
    Process probe{{SITBREAK_FOCUS_PROBE_PATH}, options};
    if (!wait_until([&] { return probe.out().find("ready ") != std::string::npos; }, 10s,
                    "the focus probe window")) {
        throw std::runtime_error{"The focus probe did not start: " + probe.err()};
    }
    const std::string id = probe_window(probe);
    if (xdotool(x_.display(), {"windowactivate", "--sync", id}).exit_code != 0 ||
        xdotool(x_.display(), {"type", "ab"}).exit_code != 0 ||
        !wait_until([&] { return typed(probe) == "ab"; }, 5s, "typing before the popup")) {
        throw std::runtime_error{"Cannot type into the focus probe: " + probe.out()};
    }
    return probe;
}

std::int64_t line_time(const std::string& line) {
    std::istringstream words{line.substr(line.rfind(' ') + 1)};
    std::int64_t ns = 0;
    words >> ns;
    return ns;
}

std::string typed(const Process& probe) {
    std::string text;
    std::istringstream lines{probe.out()};
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("key ", 0) == 0) text += line.substr(4);
    }
    return text;
}

std::string probe_window(const Process& probe) {
    const std::string out = probe.out();
    return out.substr(6, out.find('\n') - 6);
}

std::filesystem::path figures_dir() { return SITBREAK_FIGURES_DIR; }

std::optional<std::string> missing_figures() {
    for (const char* name : {"bridges-1.svg", "bridges-2.svg", "squeeze-1.svg", "squeeze-2.svg"}) {
        const std::filesystem::path figure = figures_dir() / name;
        if (!std::filesystem::is_regular_file(figure)) {
            return "No exercise figure " + figure.string() +
                   " (the catalogue's figures are not in this tree yet): skipped.";
        }
    }
    return std::nullopt;
}

}  // namespace sitbreak::test
