// The prompt as notification servers draw it (issue 13). notification-daemon, GNOME's
// fallback server, draws 400-px bubbles: a long body was cut and a fourth action pushed off.
#include <chrono>
#include <iostream>

#include "desktop_fixture.hpp"
#include "gui/support/capture.hpp"
#include "gui/x_windows.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {
namespace {

using std::chrono::milliseconds;

// Rows of text in a bubble: [first, last] row ranges holding dark (text) pixels, top down.
struct Band {
    int top;
    int bottom;
};

// Text is dark grey; the black outside the bubble's rounded corners is not text.
bool dark(Rgb c) {
    const bool black = c.r < 0x10 && c.g < 0x10 && c.b < 0x10;
    return c.r < 0x80 && c.g < 0x80 && c.b < 0x80 && !black;
}

// The bubble's rounded corners and their border are no text either.
bool text_at(const Image& image, int x, int y) {
    constexpr int corner = 14;
    const bool corner_x = x < corner || x >= image.width() - corner;
    const bool corner_y = y < corner || y >= image.height() - corner;
    return !(corner_x && corner_y) && x > 1 && x < image.width() - 2 && y > 1 &&
           y < image.height() - 2 && dark(image.at(x, y));
}

std::vector<Band> text_bands(const Image& image) {
    std::vector<Band> bands;
    for (int y = 0; y < image.height(); ++y) {
        bool text = false;
        for (int x = 0; x < image.width() && !text; ++x) text = text_at(image, x, y);
        if (!text) continue;
        if (!bands.empty() && bands.back().bottom == y - 1) {
            bands.back().bottom = y;
        } else {
            bands.push_back({y, y});
        }
    }
    return bands;
}

// The words of a band as column ranges: columns with text, split at gaps of `gap` or more.
std::vector<std::pair<int, int>> clusters(const Image& image, Band band, int gap) {
    std::vector<std::pair<int, int>> found;
    for (int x = 0; x < image.width(); ++x) {
        bool text = false;
        for (int y = band.top; y <= band.bottom && !text; ++y) text = text_at(image, x, y);
        if (!text) continue;
        if (!found.empty() && x - found.back().second < gap) {
            found.back().second = x;
        } else {
            found.emplace_back(x, x);
        }
    }
    return found;
}

bool same(const Image& a, const Image& b) {
    if (a.width() != b.width() || a.height() != b.height()) return false;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.at(x, y) != b.at(x, y)) return false;
        }
    }
    return true;
}

class NotificationDaemonTest : public DesktopTest {
protected:
    void SetUp() override {
        DesktopTest::SetUp();
        x_ = std::make_unique<XServer>();
        session_ = x_->env();
        ProcessOptions options;
        options.env = env();
        server_ = std::make_unique<Process>(
            std::vector<std::string>{"/usr/lib/notification-daemon/notification-daemon"},
            std::move(options));
        ASSERT_TRUE(wait_until([&] { return owned("org.freedesktop.Notifications"); },
                               milliseconds{10000}, "notification-daemon on the bus"));
    }
    void TearDown() override {
        server_.reset();
        DesktopTest::TearDown();
        x_.reset();
    }

    std::unique_ptr<XServer> x_;
    std::unique_ptr<Process> server_;
};

TEST_F(NotificationDaemonTest, ThePromptFitsTheBubble) {
    write_config(R"([sitting]
limit = "1m"
break_after = "60s"

[prompt]
wait_for_pause = "0s"

[idle]
min_activity = "1s"
)");
    start_daemon();
    keep_running("while :; do xdotool mousemove_relative -- 1 0; sleep 0.3; done", x_->env());
    // A prompt after a minute of sitting has the longest body: "Sitting for 1m: time for...".
    ASSERT_TRUE(cli().wait_for_state("prompting", milliseconds{90000}));
    std::vector<XWindow> bubbles;
    ASSERT_TRUE(wait_until(
        [&] {
            bubbles.clear();
            for (const XWindow& w : list_windows(x_->display())) {
                if (w.viewable && w.override_redirect && w.width > 100) bubbles.push_back(w);
            }
            return !bubbles.empty();
        },
        milliseconds{10000}, "a bubble"));
    const XWindow& b = bubbles[0];
    Image shot;
    ASSERT_TRUE(wait_until(
        [&] {
            const Image before = shot;
            shot = capture(x_->display(), b.id);
            return shot.at(b.width / 2, b.height / 2) != Rgb{0, 0, 0} && same(before, shot);
        },
        milliseconds{5000}, "the bubble drawn and still"));
    save_png(shot, screenshot_path("notification-daemon-prompt"));
    const std::vector<Band> bands = text_bands(shot);
    ASSERT_GE(bands.size(), 3u) << "a title, a body and the actions";
    constexpr int kMargin = 6;  // text this close to an edge is cut by it
    for (const Band& band : bands) {
        const auto words = clusters(shot, band, 1);
        ASSERT_FALSE(words.empty());
        EXPECT_LE(words.back().second, shot.width() - kMargin)
            << "text cut at the right edge in rows " << band.top << "-" << band.bottom;
    }
    EXPECT_LE(bands.back().bottom, shot.height() - kMargin) << "actions cut at the bottom";
    // The actions, as four labels apart: Did bridges, Did squeeze, Snooze, Skip.
    EXPECT_EQ(clusters(shot, bands.back(), 12).size(), 4u)
        << "the actions row of the bubble saved as "
        << screenshot_path("notification-daemon-prompt");
}

}  // namespace
}  // namespace sitbreak::test
