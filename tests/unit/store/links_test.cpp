// Issue 12, defect 9: a symbolic link at the history's path had the daemon chmod and
// overwrite the file it pointed to, and a dangling one made a file outside the data
// directory. Links are refused, never followed.
#include <sys/stat.h>

#include "store_test.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;

class LinksTest : public StoreTest {
protected:
    void SetUp() override { fs::create_directories(db_path().parent_path()); }

    void expect_refused_for(const fs::path& link) {
        try {
            const Store store = open();
            FAIL() << "opened through a link";
        } catch (const Error& error) {
            EXPECT_EQ(std::string{error.what()},
                      link.string() +
                          " is a symbolic link; sitbreak does not follow links for its history: "
                          "move it away, or name the real file with sitbreakd --database");
        }
    }
};

TEST_F(LinksTest, ALinkToAnotherFileIsRefusedAndThatFileIsUntouched) {
    const fs::path other = dir_ / "notes.txt";
    test::write_file(other, "my notes", fs::perms{0644});
    fs::create_symlink(other, db_path());
    expect_refused_for(db_path());
    EXPECT_EQ(file_bytes(other), "my notes");
    EXPECT_EQ(fs::status(other).permissions(), fs::perms{0644});
}

TEST_F(LinksTest, ADanglingLinkCreatesNothingWhereItPoints) {
    const fs::path outside = dir_ / "outside.db";
    fs::create_symlink(outside, db_path());
    expect_refused_for(db_path());
    EXPECT_FALSE(fs::exists(outside));
}

TEST_F(LinksTest, ALinkAtTheWriteAheadLogIsRefusedToo) {
    { const Store store = open(); }
    const fs::path other = dir_ / "other";
    test::write_file(other, "keep");
    const fs::path wal = db_path().string() + "-wal";
    fs::remove(wal);
    fs::create_symlink(other, wal);
    expect_refused_for(wal);
    EXPECT_EQ(file_bytes(other), "keep");
}

// Links above the data directory are the user's (dotfile managers make them).
TEST_F(LinksTest, ALinkedDirectoryAboveTheHistoryIsFine) {
    fs::create_directories(dir_ / "real");
    fs::create_symlink(dir_ / "real", dir_ / "linked");
    const Store store = Store::open(dir_ / "linked" / "sitbreak.db");
    EXPECT_TRUE(fs::exists(dir_ / "real" / "sitbreak.db"));
}

}  // namespace
}  // namespace sitbreak::store::testing
