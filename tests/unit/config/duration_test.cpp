#include <gtest/gtest.h>

#include <limits>

#include "config/duration.hpp"
#include "config/time_of_day.hpp"

namespace sitbreak::config {
namespace {

using namespace std::chrono_literals;

struct DurationCase {
    const char* text;
    core::Duration value;
};

class ParseDuration : public testing::TestWithParam<DurationCase> {};

TEST_P(ParseDuration, Accepts) {
    EXPECT_EQ(parse_duration(GetParam().text), GetParam().value) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Durations, ParseDuration,
                         testing::Values(DurationCase{"60m", 60min}, DurationCase{"1h", 1h},
                                         DurationCase{"1h30m", 90min}, DurationCase{"45s", 45s},
                                         DurationCase{"90s", 90s},
                                         DurationCase{"1h30m15s", 1h + 30min + 15s},
                                         DurationCase{"0s", 0s}, DurationCase{"0h", 0s},
                                         DurationCase{"1h15s", 1h + 15s},
                                         DurationCase{"007m", 7min}, DurationCase{"24h", 24h},
                                         DurationCase{"1m60s", 2min}));

class RejectDuration : public testing::TestWithParam<const char*> {};

TEST_P(RejectDuration, Rejects) { EXPECT_EQ(parse_duration(GetParam()), std::nullopt); }

INSTANTIATE_TEST_SUITE_P(
    Durations, RejectDuration,
    testing::Values("", "10", "m", "h30m", "1h 30m", " 1h", "1h ", "30m1h", "1s1m", "1m1m",
                    "1h1h", "1d", "1H", "1.5h", "-5m", "+5m", "1h30", "5 m", "1hm", "s",
                    // 2^63 s does not fit; nor does 2^63 / 3600 + 1 hours.
                    "9223372036854775808s", "2562047788015216h", "99999999999999999999999s"));

TEST(ParseDuration, LargestValueFits) {
    EXPECT_EQ(parse_duration("9223372036854775807s"),
              core::Duration{std::numeric_limits<core::Duration::rep>::max()});
    EXPECT_EQ(parse_duration("2562047788015215h30m7s"),
              core::Duration{std::numeric_limits<core::Duration::rep>::max()});
    EXPECT_EQ(parse_duration("2562047788015215h30m8s"), std::nullopt);
}

class FormatDuration : public testing::TestWithParam<DurationCase> {};

TEST_P(FormatDuration, IsCanonical) {
    EXPECT_EQ(format_duration(GetParam().value), GetParam().text);
    EXPECT_EQ(parse_duration(GetParam().text), GetParam().value);
}

INSTANTIATE_TEST_SUITE_P(Durations, FormatDuration,
                         testing::Values(DurationCase{"1h30m", 5400s}, DurationCase{"1m30s", 90s},
                                         DurationCase{"0s", 0s}, DurationCase{"1h", 60min},
                                         DurationCase{"45s", 45s}, DurationCase{"1h1s", 3601s},
                                         DurationCase{"1h30m15s", 5415s},
                                         DurationCase{"24h", 24h}, DurationCase{"25h", 25h},
                                         DurationCase{"10m", 10min}));

TEST(FormatDuration, RoundTripsEveryValueUpToADayAndABit) {
    for (core::Duration d{0}; d <= 25h; d += 7s) {
        ASSERT_EQ(parse_duration(format_duration(d)), d) << format_duration(d);
    }
}

TEST(TimeOfDay, ParsesAndFormats) {
    EXPECT_EQ(parse_time_of_day("00:00"), 0min);
    EXPECT_EQ(parse_time_of_day("04:00"), 4h);
    EXPECT_EQ(parse_time_of_day("23:59"), 23h + 59min);
    for (const char* bad : {"24:00", "4:00", "04:0", "04-00", "04:60", "25:00", "", "aa:bb",
                            "04:00 "}) {
        EXPECT_EQ(parse_time_of_day(bad), std::nullopt) << bad;
    }
    EXPECT_EQ(format_time_of_day(4h), "04:00");
    EXPECT_EQ(format_time_of_day(23h + 59min), "23:59");
    EXPECT_EQ(format_time_of_day(24h), "24:00");
}

TEST(TimeRange, ParsesAndFormats) {
    EXPECT_EQ(parse_time_range("09:00-17:30"), (core::TimeRange{9h, 17h + 30min}));
    EXPECT_EQ(parse_time_range("00:00-24:00"), (core::TimeRange{0min, 24h}));
    for (const char* bad : {"17:00-09:00", "09:00-09:00", "24:00-24:00", "09:00-24:01",
                            "9:00-17:00", "09:00", "09:00-", "-17:00", "09:00 - 17:00",
                            "09:00-17:00-18:00"}) {
        EXPECT_EQ(parse_time_range(bad), std::nullopt) << bad;
    }
    EXPECT_EQ(format_time_range({9h, 17h + 30min}), "09:00-17:30");
    EXPECT_EQ(format_time_range({0min, 24h}), "00:00-24:00");
}

}  // namespace
}  // namespace sitbreak::config
