// The tray icon in an XEmbed tray (trayer): it appears, and what it draws follows the daemon
// (DESIGN §10): grey while away, a dark disk with a growing ring while sitting, orange with
// the prompt popup while a prompt is open.
#include "tray_fixture.hpp"

namespace sitbreak::test {
namespace {

constexpr const char* kQuickBreakConfig = R"([sitting]
limit = "60s"
break_after = "3s"

[prompt]
wait_for_pause = "0s"

[idle]
min_activity = "1s"
)";

bool popup_shown(const std::string& display) {
    return !find_windows(list_windows(display), "sitbreak prompt").empty();
}

TEST_F(TrayTest, IconFollowsSittingAndBreaks) {
    write_config(kQuickBreakConfig);
    start_daemon();
    start_tray();
    ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return p.grey() || p.sitting(); },
                              "the away (or sitting) look"));

    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return p.sitting() && p.teal_ring > 0; },
                              "the sitting look with some ring"));
    // With a 60 s limit the ring grows a step a second: the tray redraws by itself.
    const int ring = icon_pixels().teal_ring;
    EXPECT_TRUE(wait_for_icon([&](const IconPixels& p) { return p.teal_ring > ring + 5; },
                              "the ring to grow"));
    save_icon("tray-icon");

    stop_typing();
    ASSERT_TRUE(wait_for_state("away"));
    EXPECT_TRUE(wait_for_icon([](const IconPixels& p) { return p.grey(); }, "the away look again"));
}

TEST_F(TrayTest, PromptTurnsIconOrangeAndShowsPopupUntilAnswered) {
    start_daemon();
    start_tray();
    sit_down();
    ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return p.sitting(); }, "the sitting look"));

    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    EXPECT_TRUE(
        wait_for_icon([](const IconPixels& p) { return p.prompting(); }, "the prompt look"));
    EXPECT_TRUE(wait_until([&] { return popup_shown(x_->display()); }, milliseconds{10000},
                           "the prompt popup"));
    save_icon("tray-icon-prompt");

    // Answered elsewhere (the CLI): the popup goes, the icon calms down.
    ASSERT_EQ(cli({"done", "bridges"}).exit_code, 0);
    EXPECT_TRUE(wait_until([&] { return !popup_shown(x_->display()); }, milliseconds{1000},
                           "the popup to close within 1 s"));
    EXPECT_TRUE(wait_for_icon([](const IconPixels& p) { return p.sitting(); }, "the sitting look"));
}

TEST_F(TrayTest, PromptAlreadyOpenAtStartShowsPopup) {
    start_daemon();
    sit_down();
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    start_tray();
    EXPECT_TRUE(wait_until([&] { return popup_shown(x_->display()); }, milliseconds{10000},
                           "the prompt popup"));
    EXPECT_TRUE(
        wait_for_icon([](const IconPixels& p) { return p.prompting(); }, "the prompt look"));
}

}  // namespace
}  // namespace sitbreak::test
