// The days as CSV, JSON and a table (`sitbreak stats`).
#include "cli/days_format.hpp"

#include <gtest/gtest.h>

namespace sitbreak::cli {
namespace {

DayRow day(const char* date, const char* status, std::uint64_t sitting, std::uint32_t done) {
    DayRow row{date, status, sitting, sitting / 2, 2, 5, done, done, 0, 1, 0, 2, 0, {}, 0};
    if (done > 0) row.done_by_exercise["bridges"] = done;
    if (done > 0) row.sessions = 1;
    return row;
}

DayRows two_days() {
    return {day("2024-05-30", "kept", 5 * 3600 + 12 * 60 + 30, 5),
            day("2024-05-31", "neutral", 0, 0)};
}

TEST(DaysCsv, HeaderAndRows) {
    EXPECT_EQ(days_csv(two_days()),
              "date,status,sitting_seconds,longest_spell_seconds,spells,prompts,done,done_bridges,"
              "done_squeeze,snoozed,skipped,natural,ignored,done_by_exercise,sessions\n"
              "2024-05-30,kept,18750,9375,2,5,5,5,0,1,0,2,0,bridges=5,1\n"
              "2024-05-31,neutral,0,0,2,5,0,0,0,1,0,2,0,,0\n");
}

TEST(DaysCsv, NoDaysIsJustTheHeader) {
    const std::string text = days_csv({});
    EXPECT_EQ(text.find('\n'), text.size() - 1);
    EXPECT_EQ(text.rfind("date,status,", 0), 0u);
}

TEST(DaysCsv, OddTextIsQuoted) {
    const DayRows odd{day("2024-05-31", "a,\"b\"", 0, 0)};
    EXPECT_EQ(days_csv(odd).substr(days_csv(odd).find('\n') + 1),
              "2024-05-31,\"a,\"\"b\"\"\",0,0,2,5,0,0,0,1,0,2,0,,0\n");
}

TEST(DaysJson, ArrayOfDaysInContractOrder) {
    const auto out = days_json(two_days());
    ASSERT_TRUE(out.is_array());
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].begin().key(), "date");
    EXPECT_EQ(out[0]["date"], "2024-05-30");
    EXPECT_EQ(out[0]["status"], "kept");
    EXPECT_EQ(out[0]["sitting_seconds"], 18750);
    EXPECT_EQ(out[1]["done"], 0);
    EXPECT_EQ(out[0].size(), day_keys.size());
    EXPECT_EQ(out[0]["done_by_exercise"], (nlohmann::ordered_json{{"bridges", 5}}));
    EXPECT_TRUE(out[1]["done_by_exercise"].empty());
    EXPECT_EQ(out[0]["sessions"], 1);
    EXPECT_EQ(days_json({}).dump(), "[]");
}

TEST(DaysTable, OneRowPerDayAndTheStreak) {
    EXPECT_EQ(days_table(two_days(), 5, 12),
              "Date        Status   Sitting  Done  Snoozed  Skipped  Natural\n"
              "2024-05-30  kept       5h12m     5        1        0        2\n"
              "2024-05-31  neutral        -     0        1        0        2\n"
              "Streak: 5 days now, best 12 days.\n");
    EXPECT_EQ(days_table({}, 1, 1),
              "Date        Status   Sitting  Done  Snoozed  Skipped  Natural\n"
              "Streak: 1 day now, best 1 day.\n");
}

}  // namespace
}  // namespace sitbreak::cli
