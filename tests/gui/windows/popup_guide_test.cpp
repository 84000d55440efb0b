// The prompt popup from the catalogue's records: each exercise with its figure, and its
// guided set counting reps at the exercise's tempo (with the figure moving, mirrored for
// the other side) until it confirms, while typing goes on into the window in use.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "popup_fixture.hpp"
#include "support/wait.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

constexpr std::int64_t ms = 1'000'000;  // ns

// Glute bridges as the catalogue has them, at a test tempo: 0.5 s a rep, 5 s for the set.
json bridges(const std::filesystem::path& figures,
             json tempo = {{"up", 0.2}, {"hold", 0.1}, {"down", 0.2}}) {
    return {
        {"id", "bridges"},
        {"name", "Glute bridge"},
        {"label", "Did 10 bridges"},
        {"start", "Start 10 bridges"},
        {"dose", {{"unit", "reps"}, {"amount", 10}}},
        {"tempo", std::move(tempo)},
        {"steps",
         {"Lie on your back, knees bent, feet flat.", "Squeeze your glutes and lift your hips.",
          "Lower slowly."}},
        {"feel", "in your glutes, not your lower back."},
        {"figures", {(figures / "bridges-1.svg").string(), (figures / "bridges-2.svg").string()}}};
}

json squeeze(const std::filesystem::path& figures) {
    return {
        {"id", "squeeze"},
        {"name", "Glute squeeze"},
        {"label", "Did a 30-s squeeze"},
        {"start", "Start 30-s squeeze"},
        {"dose", {{"unit", "seconds"}, {"amount", 30}}},
        {"figures", {(figures / "squeeze-1.svg").string(), (figures / "squeeze-2.svg").string()}}};
}

// How many pixels of `image` stand out from `background`: a drawn figure has hundreds.
int drawn_pixels(const Image& image, Rgb background) {
    return image.width() * image.height() - count_near(image, background, 40);
}

// The popup's own background, inside its border and padding.
Rgb background_of(const DemoWindow& demo) { return demo.capture_widget().at(6, 6); }

Image mirrored(const Image& image) {
    Image flipped{image.width(), image.height()};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            flipped.set(image.width() - 1 - x, y, image.at(x, y));
    }
    return flipped;
}

bool same_image(const Image& a, const Image& b) {
    if (a.width() != b.width() || a.height() != b.height()) return false;
    int different = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) different += near(a.at(x, y), b.at(x, y), 24) ? 0 : 1;
    }
    return different * 200 < a.width() * a.height();  // anti-aliased edges may differ a little
}

// Drawn pixels whose four neighbours have their colour, against those on an edge (anti-
// aliased or not). An SVG drawn for the screen's scale has twice this at 200 % (area grows
// four times, outline two); a picture drawn at 100 % and enlarged keeps it.
double inside_per_edge(const Image& image, Rgb background) {
    int inside = 0;
    int edge = 0;
    for (int y = 1; y + 1 < image.height(); ++y) {
        for (int x = 1; x + 1 < image.width(); ++x) {
            const Rgb pixel = image.at(x, y);
            if (near(pixel, background, 40)) continue;
            const bool solid = near(image.at(x - 1, y), pixel, 6) &&
                               near(image.at(x + 1, y), pixel, 6) &&
                               near(image.at(x, y - 1), pixel, 6) && near(image.at(x, y + 1), pixel, 6);
            (solid ? inside : edge) += 1;
        }
    }
    return edge == 0 ? 0 : static_cast<double>(inside) / edge;
}

class GuidedPopup : public PopupTest {
protected:
    // The demo's prompt offering `exercises` (written as the demo reads them).
    std::vector<std::string> prompt_with(const json& exercises,
                                         std::vector<std::string> more = {}) {
        const std::filesystem::path file = home_ / "exercises.json";
        write_file(file, exercises.dump());
        std::vector<std::string> args{"--prompt", "--exercises", file.string()};
        args.insert(args.end(), more.begin(), more.end());
        return args;
    }

    std::int64_t wait_for_line(DemoWindow& demo, const std::string& prefix,
                               std::chrono::milliseconds timeout = 20s) {
        const bool seen = wait_until([&] { return demo.line_starting(prefix).has_value(); },
                                     timeout, "\"" + prefix + "\"");
        if (!seen) throw std::runtime_error{"No \"" + prefix + "\": " + demo.process().out()};
        return line_time(*demo.line_starting(prefix));
    }
};

TEST_F(GuidedPopup, ShowsEachExercisesFigureBesideItsButtons) {
    if (const auto missing = missing_figures()) GTEST_SKIP() << *missing;
    DemoWindow demo{x_, prompt_with(json::array({bridges(figures_dir()), squeeze(figures_dir())})),
                    home_.path()};
    const ShownWindow& popup = demo.wait_shown();
    for (const char* widget : {"figure.bridges", "start.bridges", "done.bridges", "figure.squeeze",
                               "start.squeeze", "done.squeeze"}) {
        EXPECT_EQ(popup.widgets.count(widget), 1u) << widget;
    }
    const Rgb background = background_of(demo);
    EXPECT_GT(drawn_pixels(demo.capture_widget("figure.bridges"), background), 200)
        << "the bridge's figure is not drawn";
    EXPECT_GT(drawn_pixels(demo.capture_widget("figure.squeeze"), background), 200)
        << "the squeeze's figure is not drawn";
    save_png(demo.capture_widget(), screenshot_path("popup-figure"));
}

// DESIGN §14.2: sharp at 100 % and 200 %: at GDK_SCALE=2 the figure takes twice the pixels
// each way and is drawn at that resolution, not enlarged.
TEST_F(GuidedPopup, TheFigureIsSharpAtTwiceTheScale) {
    if (const auto missing = missing_figures()) GTEST_SKIP() << *missing;
    const std::vector<std::string> args =
        prompt_with(json::array({bridges(figures_dir()), squeeze(figures_dir())}));
    DemoWindow normal{x_, args, home_.path()};
    normal.wait_shown();
    const Rgb background = background_of(normal);
    const Image at_100 = normal.capture_widget("figure.bridges");
    DemoWindow doubled{x_, args, home_.path(), {{"GDK_SCALE", "2"}}};
    ASSERT_EQ(doubled.wait_shown().scale, 2);
    const Image at_200 = doubled.capture_widget("figure.bridges");
    EXPECT_EQ(at_200.width(), 2 * at_100.width());
    EXPECT_EQ(at_200.height(), 2 * at_100.height());
    const double sharp_100 = inside_per_edge(at_100, background);
    const double sharp_200 = inside_per_edge(at_200, background);
    EXPECT_GT(sharp_200, 1.5 * sharp_100) << sharp_100 << " inside per edge pixel at 100 %, "
                                          << sharp_200 << " at 200 %";
}

TEST_F(GuidedPopup, AMissingOrBrokenFigureLeavesTheTextAndButtonsWorking) {
    write_file(home_ / "broken.svg", "<svg this is not");
    json gone = bridges(home_ / "no-such-folder");
    json broken = squeeze(figures_dir());
    broken["figures"] = {(home_ / "broken.svg").string()};
    DemoWindow demo{x_, prompt_with(json::array({gone, broken})), home_.path()};
    const ShownWindow& popup = demo.wait_shown();
    EXPECT_EQ(popup.widgets.count("figure.bridges"), 0u) << "a figure shown for a missing file";
    EXPECT_EQ(popup.widgets.count("start.bridges"), 1u);
    EXPECT_EQ(popup.widgets.count("start.squeeze"), 1u);
    wait_out_click_guard(demo);
    demo.click("done.bridges");
    EXPECT_TRUE(wait_until([&] { return demo.line_starting("confirm bridges ").has_value(); }, 5s,
                           "confirm bridges"))
        << demo.process().out() << demo.process().err();
}

TEST_F(GuidedPopup, GuidedBridgesCountToTenAtTheirTempoThenConfirm) {
    DemoWindow demo{x_, prompt_with(json::array({bridges(figures_dir())}), {"--guide", "bridges"}),
                    home_.path()};
    const std::int64_t started = wait_for_line(demo, "guide bridges ");
    const std::int64_t confirmed = wait_for_line(demo, "confirm bridges ", 30s);
    const std::vector<std::string> reps = demo.lines_starting("rep ");
    ASSERT_EQ(reps.size(), 10u) << demo.process().out();
    for (std::size_t i = 0; i < reps.size(); ++i) {
        EXPECT_EQ(reps[i].substr(0, reps[i].rfind(' ')), "rep " + std::to_string(i + 1) + " of 10");
        // Each rep begins on the beat, never early: 0.5 s a rep.
        EXPECT_GE(line_time(reps[i]), started + static_cast<std::int64_t>(i) * 500 * ms) << reps[i];
    }
    EXPECT_GE(confirmed - started, 5'000 * ms) << "confirmed before 10 reps at the tempo";
    EXPECT_LT(confirmed - started, 15'000 * ms);  // a loaded machine runs late, not this late
    EXPECT_EQ(demo.process().wait_for_exit(5s), 0) << "the popup did not close";
}

TEST_F(GuidedPopup, CancelGoesBackToTheChoicesAndConfirmsNothing) {
    // A slow tempo: the set cannot end by itself during the test.
    DemoWindow demo{
        x_,
        prompt_with(json::array({bridges(figures_dir(), {{"up", 2}, {"hold", 2}, {"down", 2}})})),
        home_.path()};
    demo.wait_shown();
    wait_out_click_guard(demo);
    demo.click("start.bridges");
    demo.wait_widget("cancel");
    EXPECT_EQ(demo.shown().widgets.count("done.bridges"), 0u);
    wait_for_line(demo, "rep 1 of 10 ");
    wait_out_click_guard(demo);
    demo.click("cancel");
    demo.wait_widget("skip");
    wait_out_click_guard(demo);
    // The barrier: Skip is answered after Cancel, so a confirm from Cancel would be in by now.
    demo.click("skip");
    wait_for_line(demo, "skip ");
    EXPECT_EQ(demo.process().wait_for_exit(5s), 0);
    EXPECT_FALSE(demo.line_starting("confirm")) << demo.process().out();
}

TEST_F(GuidedPopup, TypingGoesOnIntoTheWindowInUseThroughAGuidedSet) {
    Process probe = start_typing();
    const std::string probe_id = probe_window(probe);
    DemoWindow demo{x_, prompt_with(json::array({bridges(figures_dir())}), {"--guide", "bridges"}),
                    home_.path()};
    demo.wait_shown();
    const std::int64_t started = wait_for_line(demo, "guide bridges ");
    // Space and Enter would press "Done already" if the popup had the keyboard.
    ASSERT_EQ(xdotool(x_.display(), {"type", "cd "}).exit_code, 0);
    ASSERT_EQ(xdotool(x_.display(), {"key", "Return"}).exit_code, 0);
    wait_for_line(demo, "rep 5 of 10 ");
    ASSERT_EQ(xdotool(x_.display(), {"type", "ef "}).exit_code, 0);
    ASSERT_EQ(xdotool(x_.display(), {"key", "Return"}).exit_code, 0);
    const std::int64_t confirmed = wait_for_line(demo, "confirm bridges ", 30s);
    ASSERT_EQ(xdotool(x_.display(), {"type", "g"}).exit_code, 0);
    EXPECT_TRUE(wait_until([&] { return typed(probe) == "abcd <Return>ef <Return>g"; }, 5s,
                           "every key to reach the window in use"))
        << "typed: " << typed(probe);
    EXPECT_GE(confirmed - started, 5'000 * ms) << "a typed key ended the set";
    EXPECT_EQ(xdotool(x_.display(), {"getactivewindow"}).out, probe_id + "\n");
    EXPECT_EQ(probe.out().find("focus out"), std::string::npos) << probe.out();
}

TEST_F(GuidedPopup, TheGuidedPageShowsTheFigureBesideTheCount) {
    if (const auto missing = missing_figures()) GTEST_SKIP() << *missing;
    DemoWindow demo{
        x_,
        prompt_with(json::array({bridges(figures_dir(), {{"up", 1}, {"hold", 0.5}, {"down", 1}})}),
                    {"--guide", "bridges"}),
        home_.path()};
    const ShownWindow& popup = demo.wait_shown();
    ASSERT_EQ(popup.widgets.count("guide.figure"), 1u);
    ASSERT_EQ(popup.widgets.count("guide.count"), 1u);
    EXPECT_EQ(popup.widgets.count("guide.countdown"), 0u) << "a ring for counted reps";
    wait_for_line(demo, "rep 3 of 10 ");
    const Rgb background = background_of(demo);
    EXPECT_GT(drawn_pixels(demo.capture_widget("guide.figure"), background), 400);
    EXPECT_GT(drawn_pixels(demo.capture_widget("guide.count"), background), 100)
        << "no count drawn";
    save_png(demo.capture_widget(), screenshot_path("popup-guided"));
}

TEST_F(GuidedPopup, TheOtherSideShowsTheFigureMirrored) {
    if (const auto missing = missing_figures()) GTEST_SKIP() << *missing;
    // One rep a side, all of it held in the end pose: the figure stands still on each side.
    json exercise = bridges(figures_dir(), {{"up", 0}, {"hold", 3}, {"down", 0}});
    exercise["dose"] = {{"unit", "reps"}, {"amount", 1}, {"per_side", true}};
    exercise["mirror"] = true;
    DemoWindow demo{x_, prompt_with(json::array({exercise}), {"--guide", "bridges"}), home_.path()};
    demo.wait_shown();
    Image one_side;
    ASSERT_TRUE(wait_until(
        [&] {
            const Image before = demo.capture_widget("guide.figure");
            one_side = demo.capture_widget("guide.figure");
            return same_image(before, one_side) && !demo.line_starting("rep 1 of 1 side 2");
        },
        3s, "the figure on the first side"));
    ASSERT_FALSE(same_image(one_side, mirrored(one_side)))
        << "a figure that looks mirrored already";
    wait_for_line(demo, "rep 1 of 1 side 2 ", 10s);
    EXPECT_TRUE(wait_until(
        [&] { return same_image(demo.capture_widget("guide.figure"), mirrored(one_side)); }, 2s,
        "the mirrored figure on the other side"));
    wait_for_line(demo, "confirm bridges ", 15s);
}

}  // namespace
}  // namespace sitbreak::test
