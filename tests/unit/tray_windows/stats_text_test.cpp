#include "tray/windows/stats_text.hpp"

#include <gtest/gtest.h>

namespace sitbreak::tray {
namespace {

using namespace std::chrono;

DayRecord day(std::string date, std::string status, std::uint32_t done) {
    DayRecord record;
    record.date = std::move(date);
    record.status = std::move(status);
    record.done = done;
    record.sitting_seconds = 3 * 3600 + 5 * 60 + 59;
    return record;
}

TEST(StatsText, SittingReadsInHoursAndMinutes) {
    EXPECT_EQ(format_sitting(0), "0 min");
    EXPECT_EQ(format_sitting(59 * 60 + 59), "59 min");
    EXPECT_EQ(format_sitting(3600 + 5 * 60), "1 h 05 min");
    EXPECT_EQ(format_days(1), "1 day");
    EXPECT_EQ(format_days(12), "12 days");
}

TEST(StatsText, TodayIsNotMissedBeforeItEnds) {
    EXPECT_EQ(status_text("missed", true), "not kept yet");
    EXPECT_EQ(status_text("missed", false), "missed");
    EXPECT_EQ(status_text("rest", false), "rest day");
}

TEST(StatsText, RecentDaysNewestFirst) {
    const Date today{2024y / June / 14};
    const std::vector<DayRecord> days{day("2024-06-10", "kept", 6), day("2024-06-13", "missed", 2),
                                      day("2024-06-14", "missed", 1), day("2024-06-12", "rest", 0)};
    const auto rows = recent_rows(days, today, 3);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].day, "Today");
    EXPECT_EQ(rows[0].status, "not kept yet");
    EXPECT_EQ(rows[0].detail, "1 done · 3 h 05 min");
    EXPECT_EQ(rows[1].day, "Yesterday");
    EXPECT_EQ(rows[2].day, "Wed 12 Jun");
    EXPECT_EQ(rows[2].status, "rest day");
}

TEST(StatsText, TilesShowTodayAgainstTheGoalAndTheStreaks) {
    StatsData stats;
    stats.daily_goal = 5;
    stats.current_streak = 4;
    stats.best_streak = 17;
    DayRecord today = day("2024-06-14", "missed", 2);
    today.snoozed = 1;
    const auto tiles = summary_tiles(today, stats);
    ASSERT_EQ(tiles.size(), 4u);
    EXPECT_EQ(tiles[0].value, "3 h 05 min");
    EXPECT_EQ(tiles[2].value, "2 / 5");
    EXPECT_EQ(tiles[2].note, "1 snoozed · 0 skipped");
    EXPECT_EQ(tiles[3].value, "4 days");
    EXPECT_EQ(tiles[3].note, "best 17 days");
}

}  // namespace
}  // namespace sitbreak::tray
