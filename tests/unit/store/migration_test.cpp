// Databases written by every earlier schema version open, migrate and keep their data.
// Two sources: files written now by the migration steps up to that version, and the
// committed files in tests/fixtures/store (see the README there).
#include <SQLiteCpp/Statement.h>

#include "store/schema.hpp"
#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

int version_of(const fs::path& file) {
    SQLite::Database db = peek(file);
    return schema::version(db);
}

class MigrationTest : public StoreTest {
protected:
    void SetUp() override { fs::create_directories(db_path().parent_path()); }

    void expect_sample_survived() {
        Store store = open();
        EXPECT_FALSE(store.open_warning().has_value());
        EXPECT_EQ(store.next_prompt_id(), 4u);
        const auto days = store.days(date(2024, 3, 4), date(2024, 3, 9), core::Rules{});
        const core::DayTally& monday = days[0].tally;
        // 09:00-10:10 and the spell left open, closed by recovery at 12:15.
        EXPECT_EQ(monday.sitting, minutes{70 + 75});
        EXPECT_EQ(monday.spells, 2);
        EXPECT_EQ(monday.longest_spell, minutes{75});
        EXPECT_EQ(monday.prompts, 3);
        // Ids stay text (issue 14): an old confirmation reads back under its exercise.
        EXPECT_EQ(monday.done_of("bridges"), 1);
        EXPECT_EQ(monday.done_by,
                  (std::vector<std::pair<core::ExerciseId, int>>{{"bridges", 1}}));
        EXPECT_EQ(monday.skipped, 1);
        EXPECT_EQ(monday.ignored, 1);  // prompt 3 was still open
        EXPECT_EQ(monday.snoozed, 2);
        EXPECT_EQ(days[0].status, core::DayStatus::missed);
        EXPECT_EQ(days[5].status, core::DayStatus::rest);

        SQLite::Database db = peek(db_path());
        EXPECT_EQ(schema::version(db), schema::current_version);
        // Every closed prompt has its close offset (v2 filled it in for v1's).
        EXPECT_EQ(db.execAndGet("SELECT count(*) FROM prompts WHERE closed_offset = 3600").getInt(),
                  3);
        EXPECT_EQ(integrity_check(db_path()), "ok");
        expect_sessions_recorded(store);
    }

    // v4 (issue 15): a migrated history takes activation sessions and counts them.
    static void expect_sessions_recorded(Store& store) {
        const core::TimePoint at = local_time(2024, 3, 5, 16, 30, core::Duration{3600});
        const core::SessionId id = store.next_session_id();
        EXPECT_EQ(id, 1u);
        store.record(core::SessionStarted{id, at, "medius_wake_up"}, core::Duration{3600});
        store.record(core::SessionItem{id, at + minutes{1}, 0, "clamshell", 2, 12, 2, 24, false},
                     core::Duration{3600});
        store.record(core::SessionEnded{id, at + minutes{7}, core::SessionOutcome::done},
                     core::Duration{3600});
        EXPECT_FALSE(store.degraded());
        EXPECT_EQ(store.days(date(2024, 3, 5), date(2024, 3, 5), core::Rules{})[0].tally.sessions,
                  1);
    }
};

TEST_F(MigrationTest, EveryEarlierVersionWrittenNowMigratesWithItsData) {
    for (int version = 1; version < schema::current_version; ++version) {
        SCOPED_TRACE("schema version " + std::to_string(version));
        write_sample_database(db_path(), version);
        ASSERT_EQ(version_of(db_path()), version);
        expect_sample_survived();
        fs::remove(db_path());
    }
}

TEST_F(MigrationTest, EveryCommittedFixtureMigratesWithItsData) {
    const fs::path fixtures = SITBREAK_STORE_FIXTURES;
    for (int version = 1; version < schema::current_version; ++version) {
        SCOPED_TRACE("schema version " + std::to_string(version));
        const fs::path fixture = fixtures / ("v" + std::to_string(version) + ".db");
        ASSERT_TRUE(fs::exists(fixture))
            << fixture << " is missing: run make_store_fixtures " << fixtures;
        fs::copy_file(fixture, db_path(), fs::copy_options::overwrite_existing);
        ASSERT_EQ(version_of(db_path()), version);
        expect_sample_survived();
        fs::remove(db_path());
    }
}

TEST_F(MigrationTest, AFailedStepLeavesTheDatabaseAtThePreviousVersion) {
    write_sample_database(db_path(), 1);
    {
        SQLite::Database db(db_path(), SQLite::OPEN_READWRITE);
        db.exec("CREATE TABLE pauses (x)");  // v2 creates this table: its step must fail
    }
    EXPECT_THROW({ const Store store = open(); }, Error);
    SQLite::Database db = peek(db_path());
    EXPECT_EQ(schema::version(db), 1);
    // The step's first statement (ALTER TABLE) was rolled back with the rest.
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_table_info('prompts') "
                            "WHERE name = 'closed_offset'")
                  .getInt(),
              0);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM prompts").getInt(), 3);
}

TEST_F(MigrationTest, ReopeningACurrentDatabaseRunsNoStep) {
    { const Store store = open(); }
    const auto before = peek(db_path()).execAndGet("PRAGMA schema_version").getInt();
    { const Store store = open(); }
    EXPECT_EQ(peek(db_path()).execAndGet("PRAGMA schema_version").getInt(), before);
}

}  // namespace
}  // namespace sitbreak::store::testing
