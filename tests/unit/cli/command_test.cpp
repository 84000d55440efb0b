// Argument checks of DESIGN §7: durations, rounding, ranges, dates.
#include "cli/command.hpp"

#include <gtest/gtest.h>

#include <string>

namespace sitbreak::cli {
namespace {

std::string usage_message(auto&& call) {
    try {
        call();
    } catch (const UsageError& error) {
        return error.what();
    }
    return "(no UsageError)";
}

TEST(Snooze, NoArgumentMeansTheConfiguredLength) {
    const SnoozeCommand command = snooze_command(std::nullopt);
    EXPECT_EQ(command.minutes, 0u);
    EXPECT_FALSE(command.rounded);
}

TEST(Snooze, WholeMinutesAreSentAsTheyAre) {
    EXPECT_EQ(snooze_command("10m").minutes, 10u);
    EXPECT_FALSE(snooze_command("10m").rounded);
    EXPECT_EQ(snooze_command("1h30m").minutes, 90u);
    EXPECT_EQ(snooze_command("120s").minutes, 2u);
    EXPECT_FALSE(snooze_command("120s").rounded);
}

TEST(Snooze, PartMinutesAreRoundedUp) {
    EXPECT_EQ(snooze_command("90s").minutes, 2u);
    EXPECT_TRUE(snooze_command("90s").rounded);
    EXPECT_EQ(snooze_command("1s").minutes, 1u);
    EXPECT_TRUE(snooze_command("1s").rounded);
    EXPECT_EQ(snooze_command("23h59m1s").minutes, 1440u);
}

TEST(Snooze, ZeroIsAUsageError) {
    EXPECT_EQ(usage_message([] { (void)snooze_command("0s"); }),
              "snooze: the duration must be at least 1 second");
    EXPECT_EQ(usage_message([] { (void)snooze_command("0m"); }),
              "snooze: the duration must be at least 1 second");
}

TEST(Snooze, AtMostADay) {
    EXPECT_EQ(snooze_command("24h").minutes, 1440u);
    EXPECT_EQ(usage_message([] { (void)snooze_command("24h0m1s"); }),
              "snooze: the longest snooze is 24h");
    EXPECT_EQ(usage_message([] { (void)snooze_command("99999999999h"); }),
              "snooze: the longest snooze is 24h");
}

TEST(Snooze, TextThatIsNotADuration) {
    for (const char* text : {"", "10", "ten", "10 m", "-5m", "1.5h", "5d", "m10", "10m1h"}) {
        EXPECT_EQ(usage_message([&] { (void)snooze_command(text); }),
                  "snooze: \"" + std::string{text} +
                      "\" is not a duration; write it like 10m, 1h30m or 90s")
            << text;
    }
}

TEST(Pause, RestOfDayIsZero) {
    EXPECT_EQ(pause_command(std::nullopt).seconds, 0u);
    EXPECT_EQ(pause_command("rest-of-day").seconds, 0u);
}

TEST(Pause, SecondsAreExact) {
    EXPECT_EQ(pause_command("90s").seconds, 90u);
    EXPECT_EQ(pause_command("1h30m").seconds, 5400u);
    EXPECT_EQ(pause_command("1s").seconds, 1u);
    EXPECT_EQ(pause_command("168h").seconds, 604800u);
}

TEST(Pause, OutOfRange) {
    EXPECT_NE(usage_message([] { (void)pause_command("0s"); }).find("at least 1 second"),
              std::string::npos);
    EXPECT_EQ(usage_message([] { (void)pause_command("168h0m1s"); }),
              "pause: the longest pause is 7 days (168h)");
    EXPECT_NE(usage_message([] { (void)pause_command("rest_of_day"); }).find("rest-of-day"),
              std::string::npos);
}

// Which ids exist is the daemon's catalogue to say (it refuses with a did-you-mean);
// the CLI refuses only what cannot be an id.
TEST(Done, AnyExerciseIdGoesToTheDaemon) {
    EXPECT_EQ(done_command("bridges").exercise, "bridges");
    EXPECT_EQ(done_command("wall_sit").exercise, "wall_sit");
    EXPECT_EQ(usage_message([] { (void)done_command("Bridges"); }),
              "done: \"Bridges\" is not an exercise id; `sitbreak exercises` lists them");
    EXPECT_EQ(usage_message([] { (void)done_command("a\x1b[2J"); }),
              "done: \"a\\x1b[2J\" is not an exercise id; `sitbreak exercises` lists them");
}

TEST(Dates, RealCalendarDatesOnly) {
    EXPECT_TRUE(parse_date("2024-02-29"));
    EXPECT_TRUE(parse_date("2023-12-31"));
    for (const char* text :
         {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "20240101",
          "2024-01-01x", " 2024-01-01", "2024/01/01", "", "today", "２０２４-01-01"}) {
        EXPECT_FALSE(parse_date(text)) << text;
    }
}

TEST(Dates, FormatRoundTrips) {
    for (const char* text : {"2024-02-29", "1999-01-01", "0999-12-31"}) {
        EXPECT_EQ(format_date(*parse_date(text)), text);
    }
}

TEST(RestDay, DefaultIsTodayAndDatesAreChecked) {
    EXPECT_EQ(rest_day_command(std::nullopt).date, "");
    EXPECT_EQ(rest_day_command("2024-05-31").date, "2024-05-31");
    EXPECT_EQ(usage_message([] { (void)rest_day_command("2023-02-29"); }),
              "rest-day: \"2023-02-29\" is not a date; write it as YYYY-MM-DD, for example "
              "2024-05-31");
}

TEST(Stats, DaysFromOneToTenYears) {
    EXPECT_EQ(stats_command(1, Format::human).days, 1);
    EXPECT_EQ(stats_command(3660, Format::csv).days, 3660);
    for (const long long days : {0LL, -1LL, 3661LL, 1LL << 40}) {
        EXPECT_EQ(usage_message([&] { (void)stats_command(days, Format::human); }),
                  "stats: --days must be between 1 and 3660")
            << days;
    }
}

TEST(Stats, RangeEndsToday) {
    EXPECT_EQ(days_range("2024-03-02", 7),
              std::make_pair(std::string{"2024-02-25"}, std::string{"2024-03-02"}));
    EXPECT_EQ(days_range("2024-01-01", 1),
              std::make_pair(std::string{"2024-01-01"}, std::string{"2024-01-01"}));
    EXPECT_EQ(days_range("2024-03-01", 2).first, "2024-02-29");
    EXPECT_EQ(days_range("2025-01-01", 367).first, "2024-01-01");  // 2024 has 366 days
    EXPECT_THROW((void)days_range("", 7), std::invalid_argument);
}

}  // namespace
}  // namespace sitbreak::cli
