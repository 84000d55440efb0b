// Whole-history export: the columns documented in daemon/store/EXPORT.md, local times
// with the offset each event was recorded with.
#include <nlohmann/json.hpp>
#include <sstream>

#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

using namespace std::chrono;
using nlohmann::json;

constexpr core::Duration kolkata{5 * 3600 + 1800};
constexpr core::Duration st_johns{-(3 * 3600 + 1800)};

class ExportTest : public StoreTest {
protected:
    void SetUp() override {
        const auto t0 = local_time(2025, 6, 2, 9, 0, kolkata);
        store_.record(core::SpellStarted{t0}, kolkata);
        store_.record(core::PromptOpened{1, t0 + minutes{60}, 0, false}, kolkata);
        store_.record(core::PromptSnoozed{1, t0 + minutes{61}, t0 + minutes{71}, 1}, kolkata);
        store_.record(
            core::PromptClosed{1, t0 + minutes{75}, core::Outcome::done, "squeeze"},
            kolkata);
        store_.record(core::SpellEnded{t0, t0 + minutes{80}, core::EndReason::idle}, kolkata);
        const auto t1 = local_time(2025, 6, 3, 8, 0, st_johns);
        store_.record(core::SpellStarted{t1}, st_johns);
        store_.record(core::PromptOpened{2, t1 + minutes{5}, 0, false}, st_johns);
        store_.record(core::PauseChanged{t1 + minutes{10}, t1 + minutes{40}}, st_johns);
        store_.record(core::RestDayMarked{date(2025, 6, 8)}, st_johns);
        const auto t2 = local_time(2025, 6, 3, 16, 30, st_johns);
        store_.record(core::SessionStarted{7, t2, "medius_wake_up"}, st_johns);
        store_.record(core::SessionItem{7, t2 + minutes{2}, 0, "clamshell", 2, 12, 2, 24, false},
                      st_johns);
        store_.record(core::SessionItem{7, t2 + minutes{3}, 1, "band_walk", 1, 20, 0, 0, true},
                      st_johns);
        store_.record(core::SessionEnded{7, t2 + minutes{7}, core::SessionOutcome::done},
                      st_johns);
    }

    Store store_ = open();
};

TEST_F(ExportTest, CsvHasOneDocumentedRowPerRecord) {
    std::ostringstream out;
    store_.export_csv(out);
    EXPECT_EQ(out.str(),
              "kind,id,start,end,seconds,end_reason,outcome,exercise,snoozes,unprompted,routine,"
              "position,sets_asked,amount_asked,sets_done,amount_done,skipped\n"
              "spell,,2025-06-02T09:00:00+05:30,2025-06-02T10:20:00+05:30,4800,idle,,,,,,,,,,,\n"
              "spell,,2025-06-03T08:00:00-03:30,,,,,,,,,,,,,,\n"
              "prompt,1,2025-06-02T10:00:00+05:30,2025-06-02T10:15:00+05:30,900,,done,squeeze,1,0,"
              ",,,,,,\n"
              "prompt,2,2025-06-03T08:05:00-03:30,,,,,,0,0,,,,,,,\n"
              "pause,,2025-06-03T08:10:00-03:30,2025-06-03T08:40:00-03:30,1800,,,,,,,,,,,,\n"
              "rest_day,,2025-06-08,,,,,,,,,,,,,,\n"
              "session,7,2025-06-03T16:30:00-03:30,2025-06-03T16:37:00-03:30,420,,done,,,,"
              "medius_wake_up,,,,,,\n"
              "session_item,7,,,,,,clamshell,,,,0,2,12,2,24,0\n"
              "session_item,7,,,,,,band_walk,,,,1,1,20,0,0,1\n");
}

TEST_F(ExportTest, JsonHoldsTheSameRecordsAndParses) {
    std::ostringstream out;
    store_.export_json(out);
    const json doc = json::parse(out.str());
    EXPECT_EQ(doc["format"], "sitbreak-history");
    EXPECT_EQ(doc["format_version"], 1);
    ASSERT_EQ(doc["spells"].size(), 2u);
    EXPECT_EQ(doc["spells"][0]["start"], "2025-06-02T09:00:00+05:30");
    EXPECT_EQ(doc["spells"][0]["seconds"], 4800);
    EXPECT_EQ(doc["spells"][0]["end_reason"], "idle");
    EXPECT_TRUE(doc["spells"][1]["end"].is_null());
    ASSERT_EQ(doc["prompts"].size(), 2u);
    EXPECT_EQ(doc["prompts"][0], (json{{"id", 1},
                                       {"opened", "2025-06-02T10:00:00+05:30"},
                                       {"closed", "2025-06-02T10:15:00+05:30"},
                                       {"seconds", 900},
                                       {"outcome", "done"},
                                       {"exercise", "squeeze"},
                                       {"snoozes", 1},
                                       {"unprompted", false}}));
    EXPECT_TRUE(doc["prompts"][1]["outcome"].is_null());
    ASSERT_EQ(doc["pauses"].size(), 1u);
    EXPECT_EQ(doc["pauses"][0]["end"], "2025-06-03T08:40:00-03:30");
    EXPECT_EQ(doc["rest_days"], (json::array({{{"date", "2025-06-08"}}})));
    ASSERT_EQ(doc["sessions"].size(), 1u);
    EXPECT_EQ(doc["sessions"][0]["routine"], "medius_wake_up");
    EXPECT_EQ(doc["sessions"][0]["outcome"], "done");
    EXPECT_EQ(doc["sessions"][0]["seconds"], 420);
    ASSERT_EQ(doc["sessions"][0]["items"].size(), 2u);
    EXPECT_EQ(doc["sessions"][0]["items"][0], (json{{"position", 0},
                                                    {"exercise", "clamshell"},
                                                    {"sets_asked", 2},
                                                    {"amount_asked", 12},
                                                    {"sets_done", 2},
                                                    {"amount_done", 24},
                                                    {"skipped", false}}));
    EXPECT_EQ(doc["sessions"][0]["items"][1]["skipped"], true);
}

TEST_F(ExportTest, AnEmptyHistoryExportsEmptyListsAndAHeader) {
    TempDir other;
    const Store empty = Store::open(other / "sitbreak.db");
    std::ostringstream csv;
    empty.export_csv(csv);
    EXPECT_EQ(csv.str(),
              "kind,id,start,end,seconds,end_reason,outcome,exercise,snoozes,unprompted,routine,"
              "position,sets_asked,amount_asked,sets_done,amount_done,skipped\n");
    std::ostringstream text;
    empty.export_json(text);
    const json doc = json::parse(text.str());
    for (const char* list : {"spells", "prompts", "pauses", "rest_days", "sessions"}) {
        EXPECT_TRUE(doc[list].is_array() && doc[list].empty()) << list;
    }
}

}  // namespace
}  // namespace sitbreak::store::testing
