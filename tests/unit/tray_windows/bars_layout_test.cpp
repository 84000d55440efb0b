#include "tray/windows/bars_layout.hpp"

#include <gtest/gtest.h>

namespace sitbreak::tray {
namespace {

using namespace std::chrono;

const Date today{2024y / June / 14};

DayRecord day(std::string date, std::uint32_t done) {
    DayRecord record;
    record.date = std::move(date);
    record.done = done;
    return record;
}

TEST(BarsLayout, FourteenDaysEndingToday) {
    const BarsLayout layout = bars_layout({}, today, 5, Box{0, 0, 420, 150});
    ASSERT_EQ(layout.bars.size(), 14u);
    EXPECT_EQ(layout.bars.front().date, Date{2024y / June / 1});
    EXPECT_TRUE(layout.bars.back().today);
    for (const Bar& bar : layout.bars) EXPECT_DOUBLE_EQ(bar.box.height, 0);
}

TEST(BarsLayout, BarsScaleToTheLargerOfGoalAndBestDay) {
    const std::vector<DayRecord> days{day("2024-06-13", 10), day("2024-06-14", 5),
                                      day("2024-05-01", 40)};
    const Box area{10, 20, 420, 150};
    const BarsLayout layout = bars_layout(days, today, 5, area);
    EXPECT_EQ(layout.scale_max, 10u);  // the May day is outside the 14 days
    const Bar& best = layout.bars[12];
    const Bar& goal_day = layout.bars[13];
    EXPECT_DOUBLE_EQ(best.box.height, layout.plot.height);
    EXPECT_DOUBLE_EQ(goal_day.box.height, layout.plot.height / 2);
    EXPECT_TRUE(goal_day.goal_met);
    EXPECT_DOUBLE_EQ(layout.goal_y, goal_day.box.y);
    EXPECT_DOUBLE_EQ(best.box.bottom(), layout.plot.bottom());
    EXPECT_DOUBLE_EQ(layout.plot.y, area.y + bar_value_band);
    EXPECT_DOUBLE_EQ(layout.plot.bottom(), area.bottom() - bar_label_band);
    EXPECT_LE(layout.bars.back().slot.right(), area.right() - bar_goal_label_width + 1e-9);
}

TEST(BarsLayout, AGoalAboveEveryDayStillFits) {
    const std::vector<DayRecord> days{day("2024-06-14", 2)};
    const BarsLayout layout = bars_layout(days, today, 8, Box{0, 0, 420, 150});
    EXPECT_EQ(layout.scale_max, 8u);
    EXPECT_DOUBLE_EQ(layout.goal_y, layout.plot.y);
    EXPECT_FALSE(layout.bars.back().goal_met);
}

}  // namespace
}  // namespace sitbreak::tray
