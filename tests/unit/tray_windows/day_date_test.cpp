#include "tray/windows/day_date.hpp"

#include <gtest/gtest.h>

#include "support/speaking.hpp"

namespace sitbreak::tray {
namespace {

using namespace std::chrono;

using test::Speaking;

TEST(DayDate, ReadsRealDaysOnly) {
    EXPECT_EQ(parse_date("2024-02-29"), Date{2024y / February / 29});
    EXPECT_FALSE(parse_date("2023-02-29"));
    EXPECT_FALSE(parse_date("2024-2-29"));
    EXPECT_FALSE(parse_date("2024-02-29 "));
    EXPECT_FALSE(parse_date("yyyy-mm-dd"));
    EXPECT_EQ(format_date(Date{2024y / June / 4}), "2024-06-04");
}

TEST(DayDate, RowsCountFromTheFirstWeekday) {
    EXPECT_EQ(weekday_row(Date{2024y / June / 10}), 0);  // a Monday
    EXPECT_EQ(weekday_row(Date{2024y / June / 16}), 6);  // a Sunday
    EXPECT_EQ(weekday_row(Date{2024y / June / 16}, Sunday), 0);
    EXPECT_EQ(weekday_row(Date{2024y / June / 10}, Sunday), 1);
    EXPECT_EQ(weekday_abbreviation(Date{2024y / June / 14}), "Fri");
    EXPECT_EQ(month_abbreviation(Date{2024y / December / 1}), "Dec");
}

TEST(DayDate, NamesRecentDaysAsPeopleDo) {
    const Date today{2024y / June / 14};
    EXPECT_EQ(day_label(today, today), "Today");
    EXPECT_EQ(day_label(today - days{1}, today), "Yesterday");
    EXPECT_EQ(day_label(today - days{4}, today), "Mon 10 Jun");
}

TEST_F(Speaking, NamesDaysInTheUsersLanguage) {
    ASSERT_TRUE(installed("de_DE.UTF-8") && installed("es_ES.UTF-8"));
    const Date today{2024y / June / 14};
    speak("de_DE.UTF-8");
    EXPECT_EQ(day_label(today, today), "Heute");
    EXPECT_EQ(day_label(today - days{1}, today), "Gestern");
    EXPECT_EQ(day_label(Date{2024y / March / 4}, today), "Mo, 4. Mär");
    speak("es_ES.UTF-8");
    EXPECT_EQ(day_label(today - days{1}, today), "Ayer");
    EXPECT_EQ(day_label(today - days{4}, today), "lun 10 jun");
}

}  // namespace
}  // namespace sitbreak::tray
