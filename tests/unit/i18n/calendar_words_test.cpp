// Issue 17: dates and times in human text follow LC_TIME: weekday and month names, the
// first day of the week, a 12- or 24-hour clock. C keeps what sitbreak always wrote.
#include "common/calendar_words.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "client/human_text.hpp"
#include "support/speaking.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono;

common::TimePoint at(sys_days day, minutes time) { return common::TimePoint{day + time}; }

TEST_F(Speaking, CAndCUtf8KeepEnglishNamesMondayFirstAndA24HourClock) {
    speak("C");
    EXPECT_EQ(common::weekday_abbreviation(Monday), "Mon");
    EXPECT_EQ(common::month_abbreviation(June), "Jun");
    EXPECT_EQ(common::first_weekday(), Monday);
    EXPECT_EQ(common::clock_time(hours{14} + minutes{30}), "14:30");
    EXPECT_EQ(common::clock_time(minutes{5}), "00:05");
    speak("C.UTF-8");  // containers' usual locale: glibc would start its weeks on Sunday
    EXPECT_EQ(common::first_weekday(), Monday);
    EXPECT_EQ(common::clock_time(hours{14} + minutes{30}), "14:30");
}

TEST_F(Speaking, AnAmericanSessionGetsSundayFirstAndAmPm) {
    ASSERT_TRUE(installed("en_US.UTF-8")) << "packaging/dev.sh generates it";
    speak("en_US.UTF-8");
    EXPECT_EQ(common::first_weekday(), Sunday);
    EXPECT_EQ(common::clock_time(hours{14} + minutes{30}), "2:30 PM");
    EXPECT_EQ(common::clock_time(minutes{5}), "12:05 AM");
    const common::FixedZone utc;
    const sys_days today{2026y / December / 4};
    EXPECT_EQ(client::clock_text(at(today + days{1}, hours{9}), at(today, hours{8}), utc),
              "tomorrow 9:00 AM");
}

TEST_F(Speaking, GermanAndSpanishNamesMondayFirstAndA24HourClock) {
    ASSERT_TRUE(installed("de_DE.UTF-8") && installed("es_ES.UTF-8"));
    speak("de_DE.UTF-8");
    EXPECT_EQ(common::weekday_abbreviation(Monday), "Mo");
    EXPECT_EQ(common::month_abbreviation(March), "Mär");
    EXPECT_EQ(common::first_weekday(), Monday);
    EXPECT_EQ(common::clock_time(hours{14} + minutes{30}), "14:30");
    const common::FixedZone utc;
    const sys_days today{2026y / December / 4};
    EXPECT_EQ(client::clock_text(at(today + days{1}, hours{9}), at(today, hours{8}), utc),
              "morgen 09:00");
    speak("es_ES.UTF-8");
    EXPECT_EQ(common::weekday_abbreviation(Monday), "lun");
    EXPECT_EQ(common::month_abbreviation(January), "ene");
    EXPECT_EQ(common::first_weekday(), Monday);
    EXPECT_EQ(common::clock_time(hours{9}), "09:00");
}

}  // namespace
}  // namespace sitbreak::test
