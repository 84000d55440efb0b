// Issue 12, defects 3 and 4: a history that cannot be opened at start, or that a full
// disk refuses, holds every change in memory, in order, retries, and writes all of it
// once the cause is gone; a confirmation's token finds a retried confirmation.
#include <SQLiteCpp/Statement.h>

#include <cstdlib>

#include "store/schema.hpp"
#include "store_test.hpp"
#include "support/small_disk.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

constexpr core::Duration cet{3600};

core::TimePoint t0() { return local_time(2025, 6, 2, 9, 0, cet); }

// What a confirmation with no prompt open records: a prompt that opens and closes.
void confirm(Store& store, core::TimePoint at, std::string token = "") {
    const core::PromptId id = store.next_prompt_id();
    store.record(core::PromptOpened{id, at, 0, true}, cet);
    store.record(core::PromptClosed{id, at, core::Outcome::done, "bridges", token},
                 cet);
}

int done_on_disk(const fs::path& db) {
    return peek(db).execAndGet("SELECT count(*) FROM prompts WHERE outcome = 'done'").getInt();
}

TEST_F(StoreTest, AFileWhereTheDataDirectoryShouldBeHoldsChangesUntilItIsGone) {
    fs::create_directories(db_path().parent_path().parent_path());
    test::write_file(db_path().parent_path(), "not a directory");
    Store store = Store::open_or_hold(db_path(), t0());
    EXPECT_FALSE(store.is_open());
    EXPECT_TRUE(store.degraded());
    EXPECT_GT(store.next_prompt_id(), 1'000'000'000u) << "above any id the file can hold";
    store.record(core::SpellStarted{t0()}, cet);
    confirm(store, t0() + minutes{5}, "token-1");
    EXPECT_EQ(store.pending(), 3u);
    EXPECT_EQ(store.find_token("token-1"), Store::Recorded::held);
    EXPECT_EQ(store.held_done(date(2025, 6, 2), hours{4}), 1);
    EXPECT_EQ(store.degraded_reason(),
              "cannot create the history's directory " + db_path().parent_path().string() +
                  ": Not a directory; 3 changes kept in memory until it can be opened");
    EXPECT_THROW((void)store.days(date(2025, 6, 2), date(2025, 6, 2), core::Rules{}), Error);
    EXPECT_FALSE(store.retry());

    fs::remove(db_path().parent_path());
    ASSERT_TRUE(store.retry());
    EXPECT_FALSE(store.degraded());
    EXPECT_EQ(store.degraded_reason(), "");
    EXPECT_EQ(done_on_disk(db_path()), 1);
    EXPECT_EQ(store.find_token("token-1"), Store::Recorded::on_disk);
    EXPECT_EQ(store.held_done(date(2025, 6, 2), hours{4}), 0);
    EXPECT_EQ(store.days(date(2025, 6, 2), date(2025, 6, 2), core::Rules{})[0].tally.done(), 1);
}

TEST_F(StoreTest, AFileOfANewerSchemaIsLeftAloneAndTheChangesWaitUntilItIsMoved) {
    fs::create_directories(db_path().parent_path());
    write_sample_database(db_path(), schema::current_version);
    {
        SQLite::Database db(db_path(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    const std::string bytes = file_bytes(db_path());
    Store store = Store::open_or_hold(db_path(), t0());
    confirm(store, t0());
    EXPECT_NE(store.degraded_reason().find("written by a newer sitbreak (schema 99"),
              std::string::npos)
        << store.degraded_reason();
    EXPECT_FALSE(store.retry());
    EXPECT_EQ(file_bytes(db_path()), bytes);

    fs::rename(db_path(), dir_ / "newer.db");
    ASSERT_TRUE(store.retry());
    EXPECT_EQ(done_on_disk(db_path()), 1);
}

TEST_F(StoreTest, AnImmutableFileHoldsChangesUntilItCanBeWrittenAgain) {
    { Store store = open(); }
    const std::string file = db_path().string();
    if (std::system(("chattr +i '" + file + "' 2>/dev/null").c_str()) != 0) {
        GTEST_SKIP() << "chattr +i is not possible here";
    }
    Store store = Store::open_or_hold(db_path(), t0());
    confirm(store, t0(), "t");
    EXPECT_FALSE(store.is_open());
    EXPECT_FALSE(store.retry());
    ASSERT_EQ(std::system(("chattr -i '" + file + "'").c_str()), 0);
    ASSERT_TRUE(store.retry());
    EXPECT_EQ(done_on_disk(db_path()), 1);
}

TEST_F(StoreTest, ATokenIsFoundHeldOnDiskAndAfterAReopen) {
    {
        Store store = open();
        EXPECT_EQ(store.find_token("a"), Store::Recorded::no);
        confirm(store, t0(), "a");
        confirm(store, t0() + minutes{1});
        EXPECT_EQ(store.find_token("a"), Store::Recorded::on_disk);
        EXPECT_EQ(store.find_token(""), Store::Recorded::no);
        EXPECT_EQ(store.find_token("b"), Store::Recorded::no);
    }
    const Store store = open();
    EXPECT_EQ(store.find_token("a"), Store::Recorded::on_disk);
    EXPECT_EQ(store.find_token("b"), Store::Recorded::no);
}

// The fault campaign: freeing ~94 KB on a full 256 KiB file system wrote 8 of 360 held
// confirmations; each write's log grew and filled the disk again.
TEST_F(StoreTest, HeldChangesAllFitIntoTheSpaceAFullDiskGivesBack) {
    std::string why_not;
    const auto disk = test::SmallDisk::mount(dir_ / "small", 256 * 1024, why_not);
    if (!disk) GTEST_SKIP() << why_not << " (full_disk_test.cpp covers RLIMIT_FSIZE)";
    const fs::path db = dir_ / "small" / "sitbreak" / "sitbreak.db";
    Store store = Store::open(db);
    store.record(core::SpellStarted{t0()}, cet);
    disk->fill();
    for (int i = 0; i < 360; ++i) confirm(store, t0() + seconds{i});
    ASSERT_GE(store.pending(), 720u) << "the disk took some of them";
    ASSERT_FALSE(store.retry());

    disk->give_back(94 * 1024);
    EXPECT_TRUE(store.retry()) << store.degraded_reason();
    EXPECT_EQ(store.pending(), 0u);
    EXPECT_EQ(done_on_disk(db), 360);
    EXPECT_EQ(integrity_check(db), "ok");
}

}  // namespace
}  // namespace sitbreak::store::testing
