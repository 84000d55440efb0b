// Damaged files are moved aside and a new history starts; a file from a newer build is
// refused and left exactly as it was (DESIGN §5).
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <fstream>
#include <random>

#include "store/schema.hpp"
#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

constexpr core::Duration utc{0};

// "sitbreak.db.corrupt-20261124T223000Z" (std::regex trips GCC 12's warnings under ASan).
bool is_moved_name(const std::string& name) {
    const std::string prefix = "sitbreak.db.corrupt-";
    if (!name.starts_with(prefix) || name.size() != prefix.size() + 16) return false;
    const std::string stamp = name.substr(prefix.size());
    for (std::size_t i = 0; i < stamp.size(); ++i) {
        const bool digit = std::isdigit(static_cast<unsigned char>(stamp[i])) != 0;
        if (i == 8 ? stamp[i] != 'T' : i == 15 ? stamp[i] != 'Z' : !digit) return false;
    }
    return true;
}

class CorruptTest : public StoreTest {
protected:
    void SetUp() override { fs::create_directories(db_path().parent_path()); }

    void write_file(const fs::path& file, const std::string& bytes) {
        std::ofstream(file, std::ios::binary) << bytes;
    }

    // A history spanning many pages, written through SQL in one transaction (fast) into
    // a file the store created, and closed cleanly.
    void write_history() {
        { const Store store = open(); }
        SQLite::Database db(db_path(), SQLite::OPEN_READWRITE);
        SQLite::Transaction transaction(db);
        SQLite::Statement insert(
            db,
            "INSERT INTO spells (start_at, start_offset, end_at, end_offset, end_reason, "
            "last_input) VALUES (?1, 0, ?2, 0, 'idle', ?2)");
        const std::int64_t t0 = secs(local_time(2025, 1, 6, 9, 0, utc));
        for (std::int64_t i = 0; i < 2000; ++i) {
            insert.bind(1, t0 + i * 3600);
            insert.bind(2, t0 + i * 3600 + 3000);
            insert.exec();
            insert.reset();
        }
        transaction.commit();
    }

    std::vector<fs::path> moved_files() const {
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(db_path().parent_path())) {
            if (entry.path().filename().string().starts_with("sitbreak.db.corrupt-")) {
                found.push_back(entry.path());
            }
        }
        std::sort(found.begin(), found.end());
        return found;
    }

    // The store opened over the damage works like a new one.
    void expect_fresh_store_works(Store& store) {
        EXPECT_EQ(store.days(date(2025, 1, 6), date(2025, 1, 6), core::Rules{})[0].tally,
                  core::DayTally{});
        const auto t = local_time(2025, 2, 3, 9, 0, utc);
        store.record(core::SpellStarted{t}, utc);
        store.record(core::SpellEnded{t, t + hours{2}, core::EndReason::idle}, utc);
        EXPECT_FALSE(store.degraded());
        EXPECT_EQ(store.days(date(2025, 2, 3), date(2025, 2, 3), core::Rules{})[0].tally.sitting,
                  hours{2});
        EXPECT_EQ(integrity_check(db_path()), "ok");
    }
};

TEST_F(CorruptTest, RandomBytesAreMovedAsideAndANewHistoryStarts) {
    std::mt19937 rng(42);
    std::string noise(8192, '\0');
    for (char& byte : noise) byte = static_cast<char>(rng());
    write_file(db_path(), noise);

    Store store = open();
    const auto moved = moved_files();
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_TRUE(is_moved_name(moved[0].filename().string())) << moved[0];
    EXPECT_EQ(file_bytes(moved[0]), noise);
    ASSERT_TRUE(store.open_warning().has_value());
    EXPECT_NE(store.open_warning()->find(moved[0].string()), std::string::npos)
        << *store.open_warning();
    EXPECT_NE(store.open_warning()->find("not an SQLite database"), std::string::npos);
    expect_fresh_store_works(store);
}

TEST_F(CorruptTest, ATruncatedDatabaseIsMovedAsideWithItsCompanions) {
    write_history();
    const auto size = fs::file_size(db_path());
    ASSERT_GT(size, 8 * 4096u);
    fs::resize_file(db_path(), size / 2);
    write_file(db_path().string() + "-wal", "");  // companions go with it
    write_file(db_path().string() + "-shm", "");
    const std::string damaged = file_bytes(db_path());

    Store store = open();
    ASSERT_TRUE(store.open_warning().has_value());
    const auto moved = moved_files();
    ASSERT_EQ(moved.size(), 3u) << *store.open_warning();
    EXPECT_EQ(file_bytes(moved[0]), damaged);
    EXPECT_EQ(moved[1].string(), moved[0].string() + "-shm");
    EXPECT_EQ(moved[2].string(), moved[0].string() + "-wal");
    expect_fresh_store_works(store);
}

TEST_F(CorruptTest, ADatabaseCutInsideItsFirstPageIsMovedAside) {
    write_history();
    fs::resize_file(db_path(), 1000);
    const std::string damaged = file_bytes(db_path());
    Store store = open();
    EXPECT_TRUE(store.open_warning().has_value());
    const auto moved = moved_files();
    ASSERT_FALSE(moved.empty());
    EXPECT_EQ(file_bytes(moved[0]), damaged);
    expect_fresh_store_works(store);
}

TEST_F(CorruptTest, TwoDamagedFilesInOneSecondKeepSeparateNames) {
    write_file(db_path(), std::string(4096, 'x'));
    { const Store store = open(); }
    write_file(db_path(), std::string(4096, 'y'));
    { const Store store = open(); }
    const auto moved = moved_files();
    ASSERT_EQ(moved.size(), 2u);
    EXPECT_NE(file_bytes(moved[0]), file_bytes(moved[1]));
}

TEST_F(CorruptTest, AHealthyDatabaseOpensWithoutWarning) {
    write_history();
    const Store store = open();
    EXPECT_FALSE(store.open_warning().has_value());
    EXPECT_TRUE(moved_files().empty());
}

TEST_F(CorruptTest, SomethingThatIsNotAFileIsReportedNotMoved) {
    fs::create_directories(db_path());
    try {
        const Store store = open();
        FAIL() << "opened a directory";
    } catch (const Error& e) {
        EXPECT_NE(std::string{e.what()}.find(db_path().string()), std::string::npos);
    }
    EXPECT_TRUE(fs::is_directory(db_path()));
    EXPECT_TRUE(moved_files().empty());
}

// A database written by a newer build must not be touched: not migrated, not moved,
// not even given a -wal or -shm next to it.
TEST_F(CorruptTest, ANewerSchemaIsRefusedAndTheFileStaysByteIdentical) {
    write_history();
    {
        SQLite::Database db(db_path(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 7");
    }
    const std::string before = file_bytes(db_path());
    try {
        const Store store = open();
        FAIL() << "opened a newer database";
    } catch (const Error& e) {
        EXPECT_EQ(std::string{e.what()},
                  db_path().string() +
                      " was written by a newer sitbreak (schema 7, this build "
                      "knows " +
                      std::to_string(schema::current_version) + "); not opening it");
    }
    EXPECT_EQ(file_bytes(db_path()), before);
    EXPECT_FALSE(fs::exists(db_path().string() + "-wal"));
    EXPECT_FALSE(fs::exists(db_path().string() + "-shm"));
    EXPECT_TRUE(moved_files().empty());
}

// The newer build crashed right after migrating: the new version is only in its WAL.
TEST_F(CorruptTest, ANewerSchemaStillInTheWalIsRefusedToo) {
    write_history();
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        SQLite::Database db(db_path(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 9");
        ::_exit(0);  // no close, no checkpoint: like a crash
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_GT(fs::file_size(db_path().string() + "-wal"), 0u);
    const std::string before = file_bytes(db_path());
    EXPECT_THROW({ const Store store = open(); }, Error);
    EXPECT_EQ(file_bytes(db_path()), before);
    EXPECT_EQ(peek(db_path()).execAndGet("PRAGMA user_version").getInt(), 9);
}

}  // namespace
}  // namespace sitbreak::store::testing
