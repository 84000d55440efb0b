// The prompt popup: it appears without taking the keyboard, ignores clicks in its first half
// second, and its buttons answer the prompt.
#include <gtest/gtest.h>

#include "popup_fixture.hpp"
#include "support/wait.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* daemon_text =
    "You have been sitting for 1h2m. Time for 10 glute bridges or a 30-second glute squeeze.";

// The demo's prompt: bridges and the squeeze, with the catalogue's figures.
std::vector<std::string> prompt_args(std::vector<std::string> more = {}) {
    std::vector<std::string> args{"--prompt", "--figures", figures_dir().string()};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

using PromptPopup = PopupTest;

TEST_F(PromptPopup, AppearsTopCentreWithoutTakingTheKeyboard) {
    Process probe = start_typing();
    const std::string probe_id = probe_window(probe);

    DemoWindow demo{x_, prompt_args({"--text", daemon_text}), home_.path()};
    const ShownWindow& popup = demo.wait_shown();
    // Space and Enter would press a focused button; they must reach the probe instead.
    ASSERT_EQ(xdotool(x_.display(), {"type", "cd "}).exit_code, 0);
    ASSERT_EQ(xdotool(x_.display(), {"key", "Return"}).exit_code, 0);
    EXPECT_TRUE(wait_until([&] { return typed(probe) == "abcd <Return>"; }, 5s,
                           "typing to go on into the focused window"))
        << "typed: " << typed(probe);
    EXPECT_EQ(xdotool(x_.display(), {"getactivewindow"}).out, probe_id + "\n");
    // What tells every EWMH window manager, not only openbox, to leave focus alone on map;
    // and above other windows, out of the taskbar.
    const std::string id = std::to_string(popup.id);
    EXPECT_EQ(run({"xprop", "-display", x_.display(), "-id", id, "_NET_WM_USER_TIME"}).out,
              "_NET_WM_USER_TIME(CARDINAL) = 0\n");
    const std::string state =
        run({"xprop", "-display", x_.display(), "-id", id, "_NET_WM_STATE"}).out;
    EXPECT_NE(state.find("_NET_WM_STATE_ABOVE"), std::string::npos) << state;
    EXPECT_NE(state.find("_NET_WM_STATE_SKIP_TASKBAR"), std::string::npos) << state;
    EXPECT_EQ(probe.out().find("focus out"), std::string::npos);
    EXPECT_FALSE(demo.line_starting("confirm") || demo.line_starting("snooze") ||
                 demo.line_starting("skip"));

    const Image shot = demo.capture_widget();
    save_png(shot, screenshot_path("popup"));
    const RunResult geometry =
        xdotool(x_.display(), {"getwindowgeometry", "--shell", std::to_string(popup.id)});
    const int width = shot.width();
    EXPECT_NE(geometry.out.find("X=" + std::to_string((1280 - width) / 2) + "\n"),
              std::string::npos)
        << geometry.out;
    EXPECT_NE(geometry.out.find("Y=24\n"), std::string::npos) << geometry.out;
}

TEST_F(PromptPopup, IgnoresAnEarlyClickAndConfirmsBridgesOnALaterOne) {
    // The early click must land well inside the half second; on a slow run, try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        DemoWindow demo{x_, prompt_args(), home_.path()};
        const ShownWindow& popup = demo.wait_shown();
        demo.click("done.bridges");
        if (steady_ns() - popup.seen_ns > 250'000'000) continue;
        wait_out_click_guard(demo);
        ASSERT_FALSE(demo.line_starting("confirm")) << "the early click counted";
        const std::int64_t second_click = steady_ns();
        demo.click("done.bridges");
        ASSERT_TRUE(wait_until([&] { return demo.line_starting("confirm bridges ").has_value(); },
                               5s, "confirm bridges"));
        EXPECT_GE(line_time(*demo.line_starting("confirm bridges ")), second_click)
            << "the early click counted";
        EXPECT_EQ(demo.process().wait_for_exit(5s), 0) << "the popup did not close";
        return;
    }
    FAIL() << "could not click within 250 ms of the popup appearing in 3 attempts";
}

TEST_F(PromptPopup, SqueezeCountdownConfirmsAtItsEnd) {
    DemoWindow demo{x_, prompt_args({"--squeeze-seconds", "2"}), home_.path()};
    demo.wait_shown();
    wait_out_click_guard(demo);
    const std::int64_t clicked = steady_ns();
    demo.click("start.squeeze");
    ASSERT_TRUE(wait_until([&] { return demo.line_starting("confirm squeeze ").has_value(); }, 8s,
                           "confirm squeeze"));
    const std::int64_t confirmed = line_time(*demo.line_starting("confirm squeeze "));
    EXPECT_GE(confirmed - clicked, 2'000'000'000) << "confirmed before the countdown ended";
    EXPECT_LT(confirmed - clicked, 4'500'000'000);
    EXPECT_EQ(demo.process().wait_for_exit(5s), 0);
}

TEST_F(PromptPopup, SqueezeCountdownReplacesTheChoices) {
    const std::filesystem::path png = screenshot_path("popup-squeeze");
    DemoWindow demo{x_, prompt_args({"--countdown", "--screenshot", png.string()}), home_.path()};
    const ShownWindow& popup = demo.wait_shown();
    EXPECT_EQ(popup.widgets.count("cancel"), 1u);
    EXPECT_EQ(popup.widgets.count("done-already"), 1u);
    EXPECT_EQ(popup.widgets.count("done.bridges"), 0u) << "the choices still show";
    ASSERT_EQ(popup.widgets.count("guide.countdown"), 1u);
    const WidgetBox ring = popup.widgets.at("guide.countdown");
    EXPECT_EQ(demo.process().wait_for_exit(10s), 0) << demo.process().err();
    // The seconds left, big and dark, inside the ring at the countdown's left.
    const Image shot = load_png(png);
    int dark = 0;
    for (int y = ring.y + 16; y < ring.y + 96; ++y) {
        for (int x = ring.x + 16; x < ring.x + 96; ++x) {
            const Rgb pixel = shot.at(x, y);
            dark += pixel.r + pixel.g + pixel.b < 150 ? 1 : 0;
        }
    }
    EXPECT_GT(dark, 300);
}

TEST_F(PromptPopup, SnoozeAndSkipAnswerThePrompt) {
    DemoWindow demo{x_, prompt_args({"--snoozes-left", "1"}), home_.path()};
    demo.wait_shown();
    wait_out_click_guard(demo);
    demo.click("snooze");
    EXPECT_TRUE(wait_until([&] { return demo.line_starting("snooze ").has_value(); }, 5s, "snooze"))
        << demo.process().out() << demo.process().err();

    DemoWindow last{x_, prompt_args({"--snoozes-left", "0"}), home_.path()};
    last.wait_shown();
    EXPECT_EQ(last.shown().widgets.count("snooze"), 0u) << "Snooze offered with none left";
    wait_out_click_guard(last);
    last.click("skip");
    EXPECT_TRUE(wait_until([&] { return last.line_starting("skip ").has_value(); }, 5s, "skip"))
        << last.process().out() << last.process().err();
}

}  // namespace
}  // namespace sitbreak::test
