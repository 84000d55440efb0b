// The statistics window on a seeded history: the heatmap and the bars show what happened,
// read back from a screenshot at the cells the window's own layout functions place.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "demo_window.hpp"
#include "tray/windows/bars_layout.hpp"
#include "tray/windows/heatmap_layout.hpp"
#include "tray/windows/palette.hpp"
#include "tray/windows/stats_layout.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono;
using namespace std::chrono_literals;
using tray::Box;
using tray::DayRecord;

const tray::Date today{2024y / June / 14};
constexpr std::uint32_t goal = 5;

// A plausible year: weekdays at the desk with 0-7 exercises (more lately), weekends and a
// summer holiday with no record at all, a rest day now and then, today under way.
std::vector<DayRecord> seeded_days() {
    std::vector<DayRecord> seeded;
    for (int back = 380; back >= 0; --back) {
        const tray::Date date = today - days{back};
        const bool weekend = tray::weekday_row(date) >= 5;
        const bool holiday = back > 190 && back < 205;
        if ((weekend && back % 3 != 0) || holiday) continue;
        DayRecord day;
        day.date = tray::format_date(date);
        const auto mixed = static_cast<std::uint32_t>((back * 2654435761u) >> 13);
        day.done = weekend ? 1 + mixed % 2 : mixed % 8;
        if (back < 120 && day.done < 3) day.done += 2;
        day.status = back % 37 == 11 ? "rest" : day.done >= goal ? "kept" : "missed";
        if (day.status == "rest") day.done = 0;
        day.sitting_seconds = 3600 + (mixed % 12) * 1800;
        day.longest_spell_seconds = 1800 + (mixed % 5) * 600;
        day.spells = 2 + mixed % 6;
        day.snoozed = mixed % 3;
        // Activation sessions on some desk days, about three a week lately.
        if (!weekend && day.status != "rest" && back < 150 && back % 2 == 0) day.sessions = 1;
        seeded.push_back(day);
    }
    seeded.back().done = 3;
    seeded.back().status = "missed";
    return seeded;
}

nlohmann::json to_json(const std::vector<DayRecord>& days) {
    nlohmann::json list = nlohmann::json::array();
    for (const DayRecord& day : days) {
        list.push_back({{"date", day.date},
                        {"status", day.status},
                        {"done", day.done},
                        {"sitting_seconds", day.sitting_seconds},
                        {"longest_spell_seconds", day.longest_spell_seconds},
                        {"spells", day.spells},
                        {"snoozed", day.snoozed},
                        {"sessions", day.sessions}});
    }
    return {{"current_streak", 4},
            {"best_streak", 17},
            {"daily_goal", goal},
            {"week", {{"sessions", 2}, {"goal", 3}, {"weekly_streak", 6}, {"best_weekly_streak", 9}}},
            {"days", list}};
}

Rgb rgb(tray::Colour colour) { return {colour.r, colour.g, colour.b}; }

// The middle of a cell's left half: off the rest-day dot and the rounded corners.
Rgb cell_pixel(const Image& image, const Box& box, int scale) {
    return image.at(static_cast<int>((box.x + 2) * scale),
                    static_cast<int>((box.y + box.height / 2) * scale));
}

class StatisticsWindow : public testing::Test {
protected:
    StatisticsWindow() { wait_for_window_manager(x_); }

    // Writes the seeded history, runs the demo until it has written its screenshot.
    Image screenshot(const std::filesystem::path& png, Env env = {}) {
        write_file(home_ / "stats.json", to_json(days_).dump());
        DemoWindow demo{x_,
                        {"--stats", (home_ / "stats.json").string(), "--screenshot", png.string()},
                        home_.path(),
                        std::move(env)};
        EXPECT_EQ(demo.process().wait_for_exit(20s), 0) << demo.process().err();
        EXPECT_TRUE(demo.line_starting("screenshot "));
        title_ = demo.line_starting("title ").value_or("");
        return load_png(png);
    }

    // How many days of the heatmap drawn in `image` have the colour the layout gives them
    // when weeks start on `first`; the others are counted in `wrong`.
    int matching_cells(const Image& image, std::chrono::weekday first, int& wrong) const {
        const auto& colours = tray::palette(false);
        const tray::Heatmap heatmap =
            tray::heatmap_layout(days_, today, goal, tray::stats_layout().heatmap, first);
        int right = 0;
        wrong = 0;
        for (const tray::HeatCell& cell : heatmap.cells) {
            const Rgb expected = rgb(colours.bins[static_cast<std::size_t>(cell.bin)]);
            (to_string(cell_pixel(image, cell.box, 1)) == to_string(expected) ? right : wrong) += 1;
        }
        return right;
    }

    std::string title_;

    XServer x_{true};
    TempDir home_{"stats-window"};
    std::vector<DayRecord> days_ = seeded_days();
};

TEST_F(StatisticsWindow, HeatmapColoursSeededDaysAndLeavesEmptyDaysNeutral) {
    const Image image = screenshot(screenshot_path("statistics"));
    // Under C too: a title with a non-ASCII dash must not go through the C locale's charset.
    EXPECT_EQ(title_, "title sitbreak — Statistics");
    const auto& colours = tray::palette(false);
    const tray::Heatmap heatmap =
        tray::heatmap_layout(days_, today, goal, tray::stats_layout().heatmap);
    int coloured = 0;
    int neutral = 0;
    int with_sessions = 0;
    for (const tray::HeatCell& cell : heatmap.cells) {
        const Rgb expected = rgb(colours.bins[static_cast<std::size_t>(cell.bin)]);
        EXPECT_EQ(to_string(cell_pixel(image, cell.box, 1)), to_string(expected))
            << tray::format_date(cell.date) << " done " << cell.done;
        (cell.done > 0 ? coloured : neutral) += 1;
        if (cell.sessions > 0) {
            // The top-right corner: the session mark, whatever the day's colour.
            const Rgb corner = image.at(static_cast<int>(cell.box.right() - 2),
                                        static_cast<int>(cell.box.y + 1));
            EXPECT_EQ(to_string(corner), to_string(rgb(colours.session_mark)))
                << "session on " << tray::format_date(cell.date);
            ++with_sessions;
        } else {
            EXPECT_NE(to_string(image.at(static_cast<int>(cell.box.right() - 2),
                                         static_cast<int>(cell.box.y + 1))),
                      to_string(rgb(colours.session_mark)))
                << "no session on " << tray::format_date(cell.date);
        }
        if (cell.rest) {
            const Rgb middle = image.at(static_cast<int>(cell.box.x + cell.box.width / 2),
                                        static_cast<int>(cell.box.y + cell.box.height / 2));
            EXPECT_EQ(to_string(middle), to_string(rgb(colours.rest_mark)))
                << "rest day " << tray::format_date(cell.date);
        }
    }
    EXPECT_GT(coloured, 150);
    EXPECT_GT(neutral, 100);
    EXPECT_GT(with_sessions, 30);
}

TEST_F(StatisticsWindow, BarsShowTheLastFourteenDaysAgainstTheGoal) {
    const Image image = screenshot(home_ / "statistics.png");
    const auto& colours = tray::palette(false);
    const tray::BarsLayout bars = tray::bars_layout(days_, today, goal, tray::stats_layout().bars);
    const Rgb background = image.at(2, 2);
    for (const tray::Bar& bar : bars.bars) {
        const int x = static_cast<int>(bar.box.x + bar.box.width / 2);
        const int y = static_cast<int>(bar.slot.bottom() - 3);
        const Rgb expected = bar.done == 0  ? background
                             : bar.goal_met ? rgb(colours.bar_met)
                                            : rgb(colours.bar);
        EXPECT_EQ(to_string(image.at(x, y)), to_string(expected))
            << tray::format_date(bar.date) << " done " << bar.done;
    }
}

// At 200 % (GDK_SCALE=2) the same layout lands at twice the pixels.
TEST_F(StatisticsWindow, DrawsAtDoubleScale) {
    const Image image = screenshot(home_ / "statistics-2x.png", {{"GDK_SCALE", "2"}});
    const auto& colours = tray::palette(false);
    const tray::Heatmap heatmap =
        tray::heatmap_layout(days_, today, goal, tray::stats_layout().heatmap);
    int checked = 0;
    for (const tray::HeatCell& cell : heatmap.cells) {
        if ((cell.box.right() + 1) * 2 >= image.width()) continue;  // scrolled out of view
        const Rgb expected = rgb(colours.bins[static_cast<std::size_t>(cell.bin)]);
        EXPECT_EQ(to_string(cell_pixel(image, cell.box, 2)), to_string(expected))
            << tray::format_date(cell.date);
        // A cell is 24 pixels wide at 2x: still its colour near the right edge.
        EXPECT_EQ(to_string(image.at(static_cast<int>(cell.box.x * 2 + 21),
                                     static_cast<int>(cell.box.y * 2 + 12))),
                  to_string(expected));
        ++checked;
    }
    EXPECT_GT(checked, 100);
}

// Issue 17: a German session gets German words and Monday on top; an American one Sunday on
// top (the locale's first weekday). The German screenshot is kept with the others.
TEST_F(StatisticsWindow, FollowsTheLanguageAndTheFirstWeekdayOfTheSession) {
    int wrong = 0;
    const Image german = screenshot(screenshot_path("statistics-de"), {{"LC_ALL", "de_DE.UTF-8"}});
    EXPECT_EQ(title_, "title sitbreak — Statistik");
    EXPECT_GT(matching_cells(german, Monday, wrong), 300);
    EXPECT_EQ(wrong, 0) << "days drawn Monday-first";

    const Image american = screenshot(home_ / "statistics-us.png", {{"LC_ALL", "en_US.UTF-8"}});
    EXPECT_EQ(title_, "title sitbreak — Statistics");
    matching_cells(american, Sunday, wrong);
    EXPECT_EQ(wrong, 0) << "days drawn Sunday-first";
    matching_cells(american, Monday, wrong);
    EXPECT_GT(wrong, 100) << "the Monday-first layout must not fit the Sunday-first drawing";
}

}  // namespace
}  // namespace sitbreak::test
