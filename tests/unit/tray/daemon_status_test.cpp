// The daemon's dictionaries as the tray reads them: every key of the contract, and
// tolerance for keys that are missing or of another type (an older or newer daemon).
#include "tray/daemon_status.hpp"

#include <gtest/gtest.h>
#include <sdbus-c++/Types.h>

#include "tray/stats_request.hpp"

namespace sitbreak::tray {
namespace {

using Dict = std::map<std::string, sdbus::Variant>;

TEST(ParseStatus, ReadsTheContractKeys) {
    const Dict dict{{"state", sdbus::Variant{std::string{"prompting"}}},
                    {"sitting_since", sdbus::Variant{std::uint64_t{1000}}},
                    {"hour_started", sdbus::Variant{std::uint64_t{1100}}},
                    {"limit_seconds", sdbus::Variant{std::uint64_t{3600}}},
                    {"next_prompt_at", sdbus::Variant{std::uint64_t{0}}},
                    {"next_prompt_seconds", sdbus::Variant{std::int64_t{-1}}},
                    {"paused_until", sdbus::Variant{std::uint64_t{0}}},
                    {"prompt_id", sdbus::Variant{std::uint64_t{7}}},
                    {"snoozes_left", sdbus::Variant{std::uint32_t{2}}},
                    {"quiet", sdbus::Variant{false}},
                    {"today", sdbus::Variant{std::string{"2024-05-31"}}},
                    {"today_done", sdbus::Variant{std::uint32_t{3}}},
                    {"current_streak", sdbus::Variant{std::uint32_t{5}}},
                    {"exercises", sdbus::Variant{std::vector<std::string>{"bridges"}}},
                    {"config_path", sdbus::Variant{std::string{"/c.toml"}}},
                    {"config_error", sdbus::Variant{std::string{"bad"}}}};
    const DaemonStatus status = parse_status(dict);
    EXPECT_EQ(status.state, DaemonState::prompting);
    EXPECT_EQ(status.sitting_since, 1000);
    EXPECT_EQ(status.hour_started, 1100);
    EXPECT_EQ(status.limit_seconds, 3600);
    EXPECT_EQ(status.prompt_id, 7u);
    EXPECT_EQ(status.snoozes_left, 2u);
    EXPECT_EQ(status.today, "2024-05-31");
    EXPECT_EQ(status.today_done, 3u);
    EXPECT_EQ(status.current_streak, 5u);
    EXPECT_EQ(status.exercises, std::vector<std::string>{"bridges"});
    EXPECT_EQ(status.config_path, "/c.toml");
    EXPECT_EQ(status.config_error, "bad");
}

TEST(ParseStatus, MissingOrMistypedKeysKeepDefaults) {
    const Dict dict{{"state", sdbus::Variant{std::uint32_t{1}}},
                    {"sitting_since", sdbus::Variant{std::string{"yesterday"}}},
                    {"snoozes_left", sdbus::Variant{std::uint64_t{2}}}};
    EXPECT_EQ(parse_status(dict), DaemonStatus{});
    EXPECT_EQ(parse_state("standing"), DaemonState::unknown);
}

TEST(StatsRange, FiftyThreeWeeksEndingToday) {
    const auto range = stats_range("2024-05-31");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, "2023-05-27");
    EXPECT_EQ(range->second, "2024-05-31");
    EXPECT_EQ(stats_range(""), std::nullopt);
    EXPECT_EQ(stats_range("2024-02-30"), std::nullopt);
}

TEST(DayRecord, ReadsEveryKey) {
    const Dict dict{{"date", sdbus::Variant{std::string{"2024-05-31"}}},
                    {"status", sdbus::Variant{std::string{"kept"}}},
                    {"sitting_seconds", sdbus::Variant{std::uint64_t{7200}}},
                    {"longest_spell_seconds", sdbus::Variant{std::uint64_t{3600}}},
                    {"spells", sdbus::Variant{std::uint32_t{3}}},
                    {"prompts", sdbus::Variant{std::uint32_t{2}}},
                    {"done", sdbus::Variant{std::uint32_t{5}}},
                    {"done_bridges", sdbus::Variant{std::uint32_t{4}}},
                    {"done_squeeze", sdbus::Variant{std::uint32_t{1}}},
                    {"snoozed", sdbus::Variant{std::uint32_t{1}}},
                    {"skipped", sdbus::Variant{std::uint32_t{0}}},
                    {"natural", sdbus::Variant{std::uint32_t{1}}},
                    {"ignored", sdbus::Variant{std::uint32_t{0}}}};
    const DayRecord day = day_record(dict);
    EXPECT_EQ(day.date, "2024-05-31");
    EXPECT_EQ(day.status, "kept");
    EXPECT_EQ(day.sitting_seconds, 7200u);
    EXPECT_EQ(day.longest_spell_seconds, 3600u);
    EXPECT_EQ(day.spells, 3u);
    EXPECT_EQ(day.done, 5u);
    EXPECT_EQ(day.done_bridges, 4u);
    EXPECT_EQ(day.done_squeeze, 1u);
    EXPECT_EQ(day.snoozed, 1u);
    EXPECT_EQ(day.natural, 1u);
}

}  // namespace
}  // namespace sitbreak::tray
