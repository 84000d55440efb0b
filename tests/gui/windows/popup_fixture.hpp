#pragma once
// What the prompt popup's gui tests share: a test X server with openbox, a home for the
// demo, the popup's click guard waited out, the times the demo prints, and a window that
// says what is typed into it (focus_probe.cpp).
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "demo_window.hpp"

namespace sitbreak::test {

class PopupTest : public testing::Test {
protected:
    PopupTest();

    // Waits until the popup's first half second on screen is over. It counts from the
    // popup's first paint, which comes before the demo says "shown".
    void wait_out_click_guard(const DemoWindow& demo);
    // The focus probe, made the active window, with "ab" typed into it.
    Process start_typing();

    XServer x_{true};
    TempDir home_{"popup"};
};

// The steady-clock time at the end of a line the demo prints ("confirm bridges <ns>").
[[nodiscard]] std::int64_t line_time(const std::string& line);
// What the focus probe received, keys in order ("<Return>" for Enter).
[[nodiscard]] std::string typed(const Process& probe);
// The focus probe's X window id.
[[nodiscard]] std::string probe_window(const Process& probe);

// Where the figures of the catalogue are (SITBREAK_FIGURES_DIR): bridges-1.svg,
// bridges-2.svg, squeeze-1.svg, squeeze-2.svg.
[[nodiscard]] std::filesystem::path figures_dir();
// Why the figures cannot be shown, if one of those four files is missing.
[[nodiscard]] std::optional<std::string> missing_figures();

}  // namespace sitbreak::test
