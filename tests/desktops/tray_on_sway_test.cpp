// The tray on sway 1.7 as its users run it (issue 13): waybar 0.9.17's tray as the
// StatusNotifierItem host, the tray itself a native Wayland client (GDK_BACKEND=wayland).
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "desktop_fixture.hpp"
#include "gui/support/capture.hpp"
#include "support/wait.hpp"

namespace sitbreak::test {
namespace {

using std::chrono::milliseconds;

constexpr int kBarHeight = 30;

class TrayOnSwayTest : public DesktopTest {
protected:
    void SetUp() override {
        DesktopTest::SetUp();
        compositor_ = Compositor::sway();
        session_ = {{"WAYLAND_DISPLAY", compositor_->socket()}, {"XDG_CURRENT_DESKTOP", "sway"}};
    }

    // waybar with nothing but its tray, on top; it hosts the SNI watcher itself.
    void start_waybar() {
        write_file(files_ / "config",
                   R"({"layer": "top", "position": "top", "height": 30, "modules-right": ["tray"],)"
                   R"( "tray": {"icon-size": 24}})");
        write_file(files_ / "style.css", "window#waybar { background: #202020; }\n");
        ProcessOptions options;
        options.env = env();
        options.env["GDK_BACKEND"] = "wayland";
        waybar_ = std::make_unique<Process>(
            std::vector<std::string>{"waybar", "-c", (files_ / "config").string(), "-s",
                                     (files_ / "style.css").string()},
            std::move(options));
        ASSERT_TRUE(
            wait_until([&] { return waybar_->out().find("Bar configured") != std::string::npos; },
                       milliseconds{20000}, "waybar's bar"))
            << waybar_->out() << waybar_->err();
    }

    void start_tray() {
        ProcessOptions options;
        options.env = env();
        options.env["GDK_BACKEND"] = "wayland";
        tray_ = std::make_unique<Process>(std::vector<std::string>{SITBREAK_TRAY_PATH, "--verbose"},
                                          std::move(options));
    }

    // Pixels within 10 per channel of `colour` in the screen's rectangle "x,y wxh" (grim's
    // words); -1 if grim could not take the screenshot.
    [[nodiscard]] int pixels_near(Rgb colour, const std::string& rectangle) const {
        const auto shot = files_ / "shot.png";
        const RunResult grim =
            run({"grim", "-g", rectangle, shot.string()}, compositor_->client_env());
        if (grim.exit_code != 0) return -1;
        const Image image = load_png(shot);
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (near(image.at(x, y), colour)) ++count;
            }
        }
        return count;
    }
    // At the bar's right end, where waybar puts the tray.
    [[nodiscard]] int tray_pixels(Rgb colour) const {
        return pixels_near(colour, "1180,0 100x" + std::to_string(kBarHeight));
    }

    void TearDown() override {
        if (HasFailure() && waybar_) std::cerr << "---- waybar ----\n" << waybar_->out();
        if (HasFailure() && tray_) std::cerr << "---- sitbreak-tray ----\n" << tray_->err();
        tray_.reset();
        waybar_.reset();
        DesktopTest::TearDown();
    }

    TempDir files_{"waybar"};
    std::unique_ptr<Process> waybar_;
    std::unique_ptr<Process> tray_;
};

// Hosts look the icon up by name in the tray's directory; GTK's icon theme sees a new file
// only when the directory's mtime changes, in whole seconds. Ten pictures 0.3 s apart once
// left waybar drawing a broken image for most of them.
TEST_F(TrayOnSwayTest, WaybarFindsEveryIconOfQuickChanges) {
    constexpr Rgb kGreyDisk{0x75, 0x75, 0x75};  // away or paused (tray/icon_painter.cpp)
    constexpr Rgb kDarkDisk{0x26, 0x32, 0x38};  // sitting
    start_waybar();
    start_daemon();
    start_tray();
    ASSERT_TRUE(wait_until([&] { return tray_pixels(kGreyDisk) > 20; }, milliseconds{20000},
                           "the away icon in waybar's tray"));
    for (int change = 0; change < 10; ++change) {
        const auto args = change % 2 == 0 ? std::vector<std::string>{"pause", "10m"}
                                          : std::vector<std::string>{"resume"};
        ASSERT_EQ(cli().run(args).exit_code, 0);
        std::this_thread::sleep_for(milliseconds{300});  // the pace under test, not a wait
    }
    // The barrier: typing makes a face no broken image has. Once waybar draws it, it has
    // handled every change before it.
    keep_running("while :; do wtype -k Shift_L; sleep 0.3; done", compositor_->client_env());
    EXPECT_TRUE(wait_until([&] { return tray_pixels(kDarkDisk) > 20; }, milliseconds{10000},
                           "the sitting icon in waybar's tray"));
    EXPECT_EQ(waybar_->out().find("Could not find an icon"), std::string::npos) << waybar_->out();
}

// The popup on a layer-shell compositor (issue 13): a layer surface at the top centre that
// never takes the keyboard. It once opened centred, as a window sway could tile, and took
// the text the user was typing.
TEST_F(TrayOnSwayTest, PromptPopupIsAtTheTopAndTypingGoesOnIntoTheFocusedWindow) {
    constexpr Rgb kPopupBackground{0xf6, 0xf5, 0xf4};  // GTK's default theme (Adwaita)
    const auto typed = files_ / "typed";
    keep_running("exec foot sh -c 'cat > " + typed.string() + "'", compositor_->client_env());
    keep_running("while :; do wtype a -k Return; sleep 0.3; done", compositor_->client_env());
    ASSERT_TRUE(wait_until([&] { return read_file(typed).find('a') != std::string::npos; },
                           milliseconds{20000}, "typing to reach foot"));
    start_daemon();
    start_tray();
    ASSERT_TRUE(cli().wait_for_state("sitting"));
    // The tray claims prompts once it knows its popup keeps off the keyboard here.
    ASSERT_TRUE(wait_until([&] { return owned("org.sitbreak.Tray.Popup"); }, milliseconds{10000},
                           "the tray to own org.sitbreak.Tray.Popup"));
    ASSERT_EQ(cli().run({"prompt-now"}).exit_code, 0);
    // 1280x800: the top band holds the popup, the middle of the screen does not.
    ASSERT_TRUE(wait_until([&] { return pixels_near(kPopupBackground, "340,0 600x160") > 20000; },
                           milliseconds{10000}, "the popup at the top centre"));
    EXPECT_EQ(pixels_near(kPopupBackground, "340,300 600x200"), 0) << "a popup in the middle";
    // What the user types now still goes to foot, while the popup stays.
    clients_.pop_back();
    keep_running("while :; do wtype b -k Return; sleep 0.3; done", compositor_->client_env());
    EXPECT_TRUE(wait_until([&] { return read_file(typed).find('b') != std::string::npos; },
                           milliseconds{10000}, "text typed after the popup to reach foot"));
    EXPECT_GT(pixels_near(kPopupBackground, "340,0 600x160"), 20000) << "the popup went";
    EXPECT_EQ(cli().status()["state"], "prompting");
    // No SNI host here: the tray once fell back to GTK's XEmbed icon, which cannot work on
    // Wayland, and printed GTK assertions.
    EXPECT_EQ(tray_->err().find("CRITICAL"), std::string::npos) << tray_->err();
}

}  // namespace
}  // namespace sitbreak::test
