// Writes as they happen: every event kind reaches the file and survives a reopen, and
// recovery closes what a killed daemon left open (DESIGN §5).
#include <SQLiteCpp/Statement.h>
#include <sys/stat.h>

#include "store/schema.hpp"
#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

using namespace std::chrono;
using core::Outcome;

constexpr core::Duration cet{3600};

mode_t mode_of(const std::filesystem::path& p) {
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777;
}

TEST_F(StoreTest, OpenCreatesAPrivateFileInNewDirectories) {
    { const Store store = open(); }
    EXPECT_EQ(mode_of(db_path()), 0600u);
    EXPECT_EQ(mode_of(db_path().parent_path()), 0700u);
    EXPECT_EQ(mode_of(db_path().parent_path().parent_path()), 0700u);
    SQLite::Database db = peek(db_path());
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), schema::current_version);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), 0x73697462);
}

TEST_F(StoreTest, ExistingFileIsMadePrivate) {
    { const Store store = open(); }
    std::filesystem::permissions(db_path(), std::filesystem::perms::others_read,
                                 std::filesystem::perm_options::add);
    { const Store store = open(); }
    EXPECT_EQ(mode_of(db_path()), 0600u);
}

// Every event kind once, through a store that is then closed; each test reopens.
class RoundTripTest : public StoreTest {
protected:
    void SetUp() override {
        Store store = open();
        ASSERT_EQ(store.next_prompt_id(), 1u);
        store.record(core::SpellStarted{t0}, cet);
        store.note_last_input(t0 + minutes{30});
        store.record(core::PromptOpened{1, t0 + minutes{60}, 0, false}, cet);
        store.record(core::PromptRenotified{1, t0 + minutes{70}}, cet);
        store.record(core::PromptSnoozed{1, t0 + minutes{71}, t0 + minutes{81}, 1}, cet);
        store.record(core::PromptOpened{1, t0 + minutes{81}, 1, false}, cet);
        store.record(
            core::PromptClosed{1, t0 + minutes{82}, Outcome::done, "squeeze"}, cet);
        store.record(core::StateChanged{t0 + minutes{82}, core::State::sitting}, cet);
        store.record(core::PromptOpened{2, t0 + minutes{90}, 0, true}, cet);
        store.record(
            core::PromptClosed{2, t0 + minutes{90}, Outcome::done, "bridges"}, cet);
        store.record(core::SpellEnded{t0, t0 + minutes{95}, core::EndReason::lock}, cet);
        store.record(core::PauseChanged{t0 + minutes{100}, t0 + minutes{160}}, cet);
        store.record(core::PauseChanged{t0 + minutes{130}, std::nullopt}, cet);
        store.record(core::RestDayMarked{date(2025, 6, 7)}, cet);
        EXPECT_FALSE(store.degraded());
        EXPECT_EQ(store.next_prompt_id(), 3u);
    }

    const core::TimePoint t0 = local_time(2025, 6, 2, 9, 0, cet);
};

TEST_F(RoundTripTest, TheSpellKeepsItsTimesOffsetsAndReason) {
    const Store reopened = open();
    SQLite::Database db = peek(db_path());
    SQLite::Statement spell(db,
                            "SELECT start_at, start_offset, end_at, end_offset, end_reason, "
                            "last_input FROM spells");
    ASSERT_TRUE(spell.executeStep());
    EXPECT_EQ(spell.getColumn(0).getInt64(), secs(t0));
    EXPECT_EQ(spell.getColumn(1).getInt64(), 3600);
    EXPECT_EQ(spell.getColumn(2).getInt64(), secs(t0 + minutes{95}));
    EXPECT_EQ(spell.getColumn(3).getInt64(), 3600);
    EXPECT_EQ(spell.getColumn(4).getString(), "lock");
    EXPECT_EQ(spell.getColumn(5).getInt64(), secs(t0 + minutes{95}));
    EXPECT_FALSE(spell.executeStep());
}

TEST_F(RoundTripTest, PromptsKeepTheirFirstShowingSnoozesAndOutcome) {
    const Store reopened = open();
    SQLite::Database db = peek(db_path());
    SQLite::Statement prompt(db,
                             "SELECT id, opened_at, closed_at, outcome, exercise, snoozes, "
                             "unprompted, closed_offset FROM prompts ORDER BY id");
    ASSERT_TRUE(prompt.executeStep());
    EXPECT_EQ(prompt.getColumn(1).getInt64(), secs(t0 + minutes{60}));  // the first showing
    EXPECT_EQ(prompt.getColumn(2).getInt64(), secs(t0 + minutes{82}));
    EXPECT_EQ(prompt.getColumn(3).getString(), "done");
    EXPECT_EQ(prompt.getColumn(4).getString(), "squeeze");
    EXPECT_EQ(prompt.getColumn(5).getInt(), 1);
    EXPECT_EQ(prompt.getColumn(6).getInt(), 0);
    EXPECT_EQ(prompt.getColumn(7).getInt(), 3600);
    ASSERT_TRUE(prompt.executeStep());  // unprompted: opens and closes at once
    EXPECT_EQ(prompt.getColumn(0).getInt(), 2);
    EXPECT_EQ(prompt.getColumn(1).getInt64(), prompt.getColumn(2).getInt64());
    EXPECT_EQ(prompt.getColumn(4).getString(), "bridges");
    EXPECT_EQ(prompt.getColumn(6).getInt(), 1);
    EXPECT_FALSE(prompt.executeStep());
}

TEST_F(RoundTripTest, PausesAndRestDaysAreKept) {
    const Store reopened = open();
    SQLite::Database db = peek(db_path());
    SQLite::Statement pause(db, "SELECT started_at, planned_until, ended_at FROM pauses");
    ASSERT_TRUE(pause.executeStep());
    EXPECT_EQ(pause.getColumn(0).getInt64(), secs(t0 + minutes{100}));
    EXPECT_EQ(pause.getColumn(1).getInt64(), secs(t0 + minutes{160}));
    EXPECT_EQ(pause.getColumn(2).getInt64(), secs(t0 + minutes{130}));
    EXPECT_EQ(db.execAndGet("SELECT group_concat(date) FROM rest_days").getString(), "2025-06-07");
}

TEST_F(RoundTripTest, AReopenedStoreContinuesIdsAndCountsTheDay) {
    const Store reopened = open();
    EXPECT_EQ(reopened.next_prompt_id(), 3u);
    const auto day = reopened.days(date(2025, 6, 2), date(2025, 6, 2), core::Rules{});
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].tally.sitting, minutes{95});
    EXPECT_EQ(day[0].tally.spells, 1);
    EXPECT_EQ(day[0].tally.prompts, 2);
    EXPECT_EQ(day[0].tally.done_of("squeeze"), 1);
    EXPECT_EQ(day[0].tally.done_of("bridges"), 1);
    EXPECT_EQ(day[0].tally.snoozed, 1);
    EXPECT_EQ(day[0].status, core::DayStatus::kept);
}

TEST_F(StoreTest, OpenAfterACrashClosesTheSpellAtItsLastInputAndIgnoresTheOpenPrompt) {
    const auto t0 = local_time(2025, 6, 2, 9, 0, cet);
    {
        Store store = open();
        store.record(core::SpellStarted{t0}, cet);
        store.record(core::PromptOpened{7, t0 + minutes{60}, 0, false}, cet);
        store.note_last_input(t0 + minutes{64});
        store.record(core::PauseChanged{t0 + minutes{62}, t0 + hours{3}}, cet);
        // No SpellEnded, no PromptClosed: the daemon died here.
    }
    const Store store = open();
    EXPECT_EQ(store.next_prompt_id(), 8u);
    SQLite::Database db = peek(db_path());
    SQLite::Statement spell(db, "SELECT end_at, end_reason FROM spells");
    ASSERT_TRUE(spell.executeStep());
    EXPECT_EQ(spell.getColumn(0).getInt64(), secs(t0 + minutes{64}));
    EXPECT_EQ(spell.getColumn(1).getString(), "shutdown");
    SQLite::Statement prompt(db, "SELECT outcome, closed_at, exercise FROM prompts");
    ASSERT_TRUE(prompt.executeStep());
    EXPECT_EQ(prompt.getColumn(0).getString(), "ignored");
    EXPECT_EQ(prompt.getColumn(1).getInt64(), secs(t0 + minutes{64}));
    EXPECT_TRUE(prompt.getColumn(2).isNull());
    EXPECT_EQ(db.execAndGet("SELECT ended_at FROM pauses").getInt64(), secs(t0 + minutes{64}));
    const auto day = store.days(date(2025, 6, 2), date(2025, 6, 2), core::Rules{});
    EXPECT_EQ(day[0].tally.ignored, 1);
    EXPECT_EQ(day[0].tally.sitting, minutes{64});
}

TEST_F(StoreTest, LastInputNeverMovesBack) {
    const auto t0 = local_time(2025, 6, 2, 9, 0, cet);
    {
        Store store = open();
        store.record(core::SpellStarted{t0}, cet);
        store.note_last_input(t0 + minutes{20});
        store.note_last_input(t0 + minutes{10});
    }
    EXPECT_EQ(peek(db_path()).execAndGet("SELECT last_input FROM spells").getInt64(),
              secs(t0 + minutes{20}));
}

TEST_F(StoreTest, ASpellStillOpenWhenTheNextStartsIsEndedAtItsLastInput) {
    const auto t0 = local_time(2025, 6, 2, 9, 0, cet);
    Store store = open();
    store.record(core::SpellStarted{t0}, cet);
    store.note_last_input(t0 + minutes{40});
    store.record(core::SpellStarted{t0 + hours{1}}, cet);
    SQLite::Database db = peek(db_path());
    SQLite::Statement spells(db, "SELECT end_at, end_reason FROM spells ORDER BY start_at");
    ASSERT_TRUE(spells.executeStep());
    EXPECT_EQ(spells.getColumn(0).getInt64(), secs(t0 + minutes{40}));
    EXPECT_EQ(spells.getColumn(1).getString(), "shutdown");
    ASSERT_TRUE(spells.executeStep());
    EXPECT_TRUE(spells.getColumn(0).isNull());
}

TEST_F(StoreTest, AnEndWhoseStartWasNeverWrittenStoresTheWholeSpell) {
    const auto t0 = local_time(2025, 6, 2, 9, 0, cet);
    Store store = open();
    store.record(core::SpellEnded{t0, t0 + minutes{50}, core::EndReason::sleep}, cet);
    store.record(core::SpellEnded{t0, t0 + minutes{50}, core::EndReason::sleep}, cet);  // replay
    const auto day = store.days(date(2025, 6, 2), date(2025, 6, 2), core::Rules{});
    EXPECT_EQ(day[0].tally.spells, 1);
    EXPECT_EQ(day[0].tally.sitting, minutes{50});
}

// Issue 12, defect 5: a step of the wall clock moves what is still open by as much, so
// that its end, stamped on the new clock, closes the same row with the length measured.
TEST_F(StoreTest, AClockStepRestampsTheOpenSpellPromptAndPauseOnly) {
    const auto t0 = local_time(2025, 6, 2, 9, 0, cet);
    Store store = open();
    store.record(core::SpellStarted{t0 - hours{2}}, cet);
    store.record(core::SpellEnded{t0 - hours{2}, t0 - hours{1}, core::EndReason::idle}, cet);
    store.record(core::SpellStarted{t0}, cet);
    store.note_last_input(t0 + minutes{2});
    store.record(core::PromptOpened{1, t0 + minutes{1}, 0, false}, cet);
    store.record(core::PauseChanged{t0 + minutes{2}, t0 + minutes{32}}, cet);
    const core::Duration step = hours{8};
    store.record(core::ClockStepped{t0 + minutes{3} + step, step}, cet);
    store.record(core::SpellEnded{t0 + step, t0 + minutes{3} + step, core::EndReason::idle}, cet);

    SQLite::Database db = peek(db_path());
    SQLite::Statement spells(db, "SELECT start_at, end_at FROM spells ORDER BY start_at");
    ASSERT_TRUE(spells.executeStep());
    EXPECT_EQ(spells.getColumn(0).getInt64(), secs(t0 - hours{2}));  // closed: as it was
    ASSERT_TRUE(spells.executeStep());
    EXPECT_EQ(spells.getColumn(0).getInt64(), secs(t0 + step));
    EXPECT_EQ(spells.getColumn(1).getInt64() - spells.getColumn(0).getInt64(), 180);
    EXPECT_FALSE(spells.executeStep()) << "one row for the open spell, not two";
    EXPECT_EQ(db.execAndGet("SELECT opened_at FROM prompts").getInt64(),
              secs(t0 + minutes{1} + step));
    EXPECT_EQ(db.execAndGet("SELECT planned_until - started_at FROM pauses").getInt64(), 1800);
    EXPECT_EQ(db.execAndGet("SELECT started_at FROM pauses").getInt64(),
              secs(t0 + minutes{2} + step));
}

TEST_F(StoreTest, ARestDayCanBeCleared) {
    Store store = open();
    store.record(core::RestDayMarked{date(2025, 6, 7)}, cet);
    store.record(core::RestDayMarked{date(2025, 6, 8)}, cet);
    EXPECT_EQ(store.days(date(2025, 6, 7), date(2025, 6, 7), core::Rules{})[0].status,
              core::DayStatus::rest);
    store.record(core::RestDayCleared{date(2025, 6, 7)}, cet);
    EXPECT_EQ(store.days(date(2025, 6, 7), date(2025, 6, 7), core::Rules{})[0].status,
              core::DayStatus::neutral);
    EXPECT_EQ(peek(db_path()).execAndGet("SELECT group_concat(date) FROM rest_days").getString(),
              "2025-06-08");
}

TEST_F(StoreTest, EventsThatBreakTheEngineContractAreRejectedBeforeWriting) {
    Store store = open();
    const auto t = local_time(2025, 6, 2, 9, 0, cet);
    EXPECT_THROW(store.record(core::PromptClosed{1, t, Outcome::snoozed, std::nullopt}, cet),
                 std::invalid_argument);
    EXPECT_THROW(store.record(core::PromptClosed{1, t, Outcome::done, std::nullopt}, cet),
                 std::invalid_argument);
    EXPECT_THROW(
        store.record(core::PromptClosed{1, t, Outcome::skipped, "bridges"}, cet),
        std::invalid_argument);
    EXPECT_FALSE(store.degraded());
    EXPECT_EQ(peek(db_path()).execAndGet("SELECT count(*) FROM prompts").getInt(), 0);
}

}  // namespace
}  // namespace sitbreak::store::testing
