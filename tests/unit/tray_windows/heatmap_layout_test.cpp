#include "tray/windows/heatmap_layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "tray/windows/palette.hpp"

namespace sitbreak::tray {
namespace {

using namespace std::chrono;

const Date friday{2024y / June / 14};

DayRecord day(std::string date, std::uint32_t done, std::string status = "kept") {
    DayRecord record;
    record.date = std::move(date);
    record.done = done;
    record.status = std::move(status);
    return record;
}

const HeatCell& cell_on(const Heatmap& heatmap, Date date) {
    const auto found = std::find_if(heatmap.cells.begin(), heatmap.cells.end(),
                                    [&](const HeatCell& cell) { return cell.date == date; });
    EXPECT_NE(found, heatmap.cells.end()) << format_date(date);
    return *found;
}

TEST(HeatmapLayout, TodaysWeekIsTheLastColumnAndMondayTheTopRow) {
    const Heatmap heatmap = heatmap_layout({}, friday, 5, HeatmapGeometry{});
    // 52 full weeks before this one, and this week up to Friday.
    ASSERT_EQ(heatmap.cells.size(), 52u * 7 + 5);
    EXPECT_EQ(heatmap.cells.front().date, Date{2023y / June / 12});
    EXPECT_EQ(heatmap.cells.front().column, 0);
    EXPECT_EQ(heatmap.cells.front().row, 0);
    const HeatCell& today = heatmap.cells.back();
    EXPECT_TRUE(today.today);
    EXPECT_EQ(today.column, heatmap_weeks - 1);
    EXPECT_EQ(today.row, 4);
    EXPECT_EQ(std::count_if(heatmap.cells.begin(), heatmap.cells.end(),
                            [](const HeatCell& c) { return c.today; }),
              1);
}

TEST(HeatmapLayout, CellsSitOnTheGrid) {
    const HeatmapGeometry geometry{100, 50, 12, 3};
    const Heatmap heatmap = heatmap_layout({}, friday, 5, geometry);
    const HeatCell& cell = cell_on(heatmap, Date{2024y / June / 12});  // Wednesday, last column
    EXPECT_EQ(cell.box, (Box{100 + 52 * 15, 50 + 2 * 15, 12, 12}));
    EXPECT_DOUBLE_EQ(geometry.width(), 53 * 15 - 3);
    EXPECT_DOUBLE_EQ(geometry.height(), 7 * 15 - 3);
}

TEST(HeatmapLayout, DaysAreBinnedByDoneAndEmptyDaysStayNeutral) {
    const std::vector<DayRecord> days{day("2024-06-03", 1),         day("2024-06-04", 3),
                                      day("2024-06-05", 5),         day("2024-06-06", 0, "missed"),
                                      day("2024-06-07", 0, "rest"), day("2021-01-01", 9),
                                      day("not a date", 9)};
    const Heatmap heatmap = heatmap_layout(days, friday, 5, HeatmapGeometry{});
    EXPECT_EQ(cell_on(heatmap, Date{2024y / June / 3}).bin, 1);
    EXPECT_EQ(cell_on(heatmap, Date{2024y / June / 4}).bin, 2);
    EXPECT_EQ(cell_on(heatmap, Date{2024y / June / 5}).bin, 4);
    EXPECT_EQ(cell_on(heatmap, Date{2024y / June / 6}).bin, 0);
    EXPECT_TRUE(cell_on(heatmap, Date{2024y / June / 7}).rest);
    EXPECT_EQ(cell_on(heatmap, Date{2024y / June / 8}).bin, 0);  // no record at all
    const auto coloured = std::count_if(heatmap.cells.begin(), heatmap.cells.end(),
                                        [](const HeatCell& c) { return c.bin > 0; });
    EXPECT_EQ(coloured, 3);  // the 2021 day and the bad date are not drawn
}

TEST(HeatmapLayout, MonthLabelsNeverCrowdEachOther) {
    const Heatmap heatmap = heatmap_layout({}, friday, 5, HeatmapGeometry{});
    ASSERT_GE(heatmap.months.size(), 12u);
    for (std::size_t i = 1; i < heatmap.months.size(); ++i) {
        EXPECT_GE(heatmap.months[i].column - heatmap.months[i - 1].column, 3);
    }
    // Column 0 starts on 12 June 2023: July begins in column 3.
    EXPECT_EQ(heatmap.months[0].text, "Jun");
    EXPECT_EQ(heatmap.months[1].text, "Jul");
    EXPECT_EQ(heatmap.months[1].column, 3);
}

TEST(Palette, BinsGrowWithDoneUpToTheGoal) {
    const std::vector<std::pair<std::uint32_t, int>> goal_five{{0, 0}, {1, 1}, {2, 2}, {3, 2},
                                                               {4, 3}, {5, 4}, {12, 4}};
    for (const auto& [done, bin] : goal_five) EXPECT_EQ(done_bin(done, 5), bin) << done;
    EXPECT_EQ(done_bin(1, 1), 4);
    EXPECT_EQ(done_bin(4, 0), done_bin(4, 5));  // unknown goal: the default
    EXPECT_NE(palette(false).bins[0], palette(false).bins[1]);
    EXPECT_NE(palette(false).bins[0], palette(true).bins[0]);
}

// Issue 17: weeks start where the locale's calendars start, unless the weekly goal's weeks
// were moved off their default Monday (programme.week_starts).
TEST(HeatmapLayout, WeeksStartOnTheLocalesDayUnlessTheWeeklyGoalSaysOtherwise) {
    client::Week week;
    EXPECT_EQ(heatmap_first_weekday(week, Sunday), Sunday) << "no week from the daemon";
    week.start = "2024-06-10";  // a Monday: the default, which says nothing
    EXPECT_EQ(heatmap_first_weekday(week, Sunday), Sunday);
    EXPECT_EQ(heatmap_first_weekday(week, Monday), Monday);
    week.start = "2024-06-09";  // a Sunday, set on purpose
    EXPECT_EQ(heatmap_first_weekday(week, Monday), Sunday);
    week.start = "2024-06-13";  // a Thursday
    EXPECT_EQ(heatmap_first_weekday(week, Sunday), Thursday);

    const Heatmap heatmap = heatmap_layout({}, friday, 5, HeatmapGeometry{}, Thursday);
    EXPECT_EQ(heatmap.first, Thursday);
    EXPECT_EQ(cell_on(heatmap, friday).row, 1);
    EXPECT_EQ(heatmap.cells.front().date, friday - days{1} - days{7 * (heatmap_weeks - 1)});
    EXPECT_EQ(heatmap.cells.front().row, 0);
}

}  // namespace
}  // namespace sitbreak::tray
