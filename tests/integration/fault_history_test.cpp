// Issue 12, defects 3, 4, 9 and 11 on the real daemon and real files: a history that cannot
// be opened at start or written later, a symbolic link in its place, and a confirmation
// whose reply was lost when the daemon died.
#include <sys/resource.h>

#include <csignal>
#include <cstdlib>

#include "daemon_fixture.hpp"
#include "support/small_disk.hpp"

namespace sitbreak::test {
namespace {

namespace fs = std::filesystem;

constexpr int kExitHeld = 4;  // the CLI contract: counted, held in memory only

class HistoryFaultTest : public DaemonTest {
protected:
    [[nodiscard]] std::string sql(const std::string& query) const {
        return run({"sqlite3", database_path().string(), query}).out;
    }
    [[nodiscard]] std::string done_on_disk() const {
        return sql("SELECT count(*) FROM prompts WHERE outcome = 'done';");
    }
    [[nodiscard]] testing::AssertionResult wait_until_written(milliseconds timeout) const {
        return SitbreakCli{env()}.wait_for_status(
            [](const nlohmann::json& now) {
                return now["store_problem"].is_null() && now["store_held"] == 0;
            },
            "everything held is written", timeout);
    }
    // `sitbreak done bridges`, taken but held: exit 4 and a sentence saying so.
    void expect_held_confirmation() {
        const RunResult done = cli({"done", "bridges"});
        EXPECT_EQ(done.exit_code, kExitHeld) << done.out << done.err;
        EXPECT_EQ(done.out, "Counted 10 glute bridges.\n");
        EXPECT_NE(done.err.find("it is held in memory only, not yet in your history"),
                  std::string::npos)
            << done.err;
    }
};

enum class Cause { data_directory_is_a_file, immutable_file, newer_schema, full_disk };

std::string name_of(const testing::TestParamInfo<Cause>& info) {
    switch (info.param) {
    case Cause::data_directory_is_a_file: return "DataDirectoryIsAFile";
    case Cause::immutable_file: return "ImmutableFile";
    case Cause::newer_schema: return "NewerSchema";
    case Cause::full_disk: return "FullDisk";
    }
    return "Unknown";
}

class HistoryCannotBeOpened : public HistoryFaultTest, public testing::WithParamInterface<Cause> {
protected:
    // Puts the cause in place; false (and the test is skipped) where this machine cannot.
    bool set_up_cause() {
        const fs::path dir = database_path().parent_path();
        switch (GetParam()) {
        case Cause::data_directory_is_a_file:
            fs::create_directories(dir.parent_path());
            write_file(dir, "a file where the data directory should be");
            return true;
        case Cause::immutable_file:
            start_and_wait();  // a real history, then made immutable
            daemon_.reset();
            return run({"chattr", "+i", database_path().string()}).exit_code == 0;
        case Cause::newer_schema:
            fs::create_directories(dir);
            return run({"sqlite3", database_path().string(),
                        "CREATE TABLE future (x); PRAGMA user_version = 99;"})
                       .exit_code == 0;
        case Cause::full_disk: {
            std::string why_not;
            disk_ = SmallDisk::mount(dir, 256 * 1024, why_not);
            if (disk_) disk_->fill();
            return disk_ != nullptr;
        }
        }
        return false;
    }
    void remove_cause() {
        switch (GetParam()) {
        case Cause::data_directory_is_a_file: fs::remove(database_path().parent_path()); break;
        case Cause::immutable_file:
            ASSERT_EQ(run({"chattr", "-i", database_path().string()}).exit_code, 0);
            break;
        case Cause::newer_schema: fs::rename(database_path(), home_ / "newer.db"); break;
        case Cause::full_disk: disk_->give_back(128 * 1024); break;
        }
    }
    void TearDown() override {
        if (GetParam() == Cause::immutable_file) {
            (void)run({"chattr", "-i", database_path().string()});
        }
        DaemonTest::TearDown();
        disk_.reset();
    }

    std::unique_ptr<SmallDisk> disk_;
};

// The fault campaign: `sitbreak done` exited 0 and status said "today 0 done"; the open was
// never retried and the confirmation was lost.
TEST_P(HistoryCannotBeOpened, AConfirmationIsHeldCountedAndWrittenOnceTheCauseIsGone) {
    if (!set_up_cause()) GTEST_SKIP() << "this machine cannot set up " << name_of({GetParam(), 0});
    start_and_wait();
    expect_held_confirmation();
    // The plain Confirm call cannot say "held" in its reply: it is an error saying so,
    // since its success means "on disk" (DESIGN §5).
    const RunResult plain = call_daemon({"Confirm", "s", "squeeze"});
    EXPECT_NE(plain.exit_code, 0);
    EXPECT_NE(plain.err.find("Counted, but held in memory only"), std::string::npos) << plain.err;
    const auto now = status();
    EXPECT_EQ(now["today_done"], 2) << "status counts them";
    EXPECT_GE(now["store_held"].get<int>(), 2);
    ASSERT_TRUE(now["store_problem"].is_string()) << now.dump();
    EXPECT_NE(now["store_problem"].get<std::string>().find("kept in memory until it can be opened"),
              std::string::npos)
        << now["store_problem"];

    remove_cause();
    ASSERT_TRUE(wait_until_written(milliseconds{60000}));
    EXPECT_EQ(status()["today_done"], 2) << "each once, not twice";
    EXPECT_EQ(done_on_disk(), "2\n");
}

INSTANTIATE_TEST_SUITE_P(Causes, HistoryCannotBeOpened,
                         testing::Values(Cause::data_directory_is_a_file, Cause::immutable_file,
                                         Cause::newer_schema, Cause::full_disk),
                         name_of);

// A file size limit stands in for a full disk where mounting a small tmpfs is not allowed.
void limit_file_size(pid_t pid, rlim_t bytes) {
    rlimit limit{};
    ASSERT_EQ(::prlimit(pid, RLIMIT_FSIZE, nullptr, &limit), 0);
    limit.rlim_cur = bytes;
    ASSERT_EQ(::prlimit(pid, RLIMIT_FSIZE, &limit, nullptr), 0);
}

// The fault campaign: freeing ~94 KB on a full 256 KiB file system wrote 8 of 360 held
// changes; the write-ahead log grew and filled the disk again.
TEST_F(HistoryFaultTest, OnAFullDiskEveryHeldChangeIsWrittenWhenSpaceReturns) {
    std::string why_not;
    const auto disk = SmallDisk::mount(database_path().parent_path(), 256 * 1024, why_not);
    start_and_wait();
    ASSERT_EQ(cli({"done", "squeeze"}).exit_code, 0);
    if (disk) {
        disk->fill();
    } else {
        std::cerr << why_not << "; RLIMIT_FSIZE stands in for the full disk\n";
        limit_file_size(daemon_->pid(), 1);
    }
    int written_early = 0;
    for (int i = 0; i < 180; ++i) {  // 360 changes: each done opens and closes a prompt
        const RunResult done = cli({"done", "bridges"});
        if (done.exit_code == 0 && disk) {
            // A retry emptied the write-ahead log into the file, and the log's space took
            // what was held (seen in a fresh-clone run, 90 changes a second after the disk
            // filled): right, and the disk is made full again for the rest.
            ++written_early;
            disk->fill();
            continue;
        }
        ASSERT_EQ(done.exit_code, kExitHeld) << i << ": " << done.err;
    }
    EXPECT_LE(written_early, 10);
    EXPECT_GE(status()["store_held"].get<int>(), 2) << "held until space returns";
    EXPECT_EQ(status()["today_done"], 181) << "held ones count";

    if (disk) {
        disk->give_back(94 * 1024);
    } else {
        limit_file_size(daemon_->pid(), RLIM_INFINITY);
    }
    ASSERT_TRUE(wait_until_written(milliseconds{60000}));
    EXPECT_EQ(done_on_disk(), "181\n");
    EXPECT_EQ(sql("PRAGMA integrity_check;"), "ok\n");
    daemon_->kill(SIGTERM);
    EXPECT_EQ(daemon_->wait_for_exit(milliseconds{10000}), 0);
    EXPECT_EQ(done_on_disk(), "181\n");
}

// A link at the history's path: the daemon chmod'ed and overwrote the file it pointed to.
TEST_F(HistoryFaultTest, ALinkAtTheHistorysPathIsRefusedAndWhatItPointsToIsUntouched) {
    const fs::path notes = home_ / "notes.txt";
    write_file(notes, "my notes", fs::perms{0644});
    fs::create_directories(database_path().parent_path());
    fs::create_symlink(notes, database_path());
    start_and_wait();
    expect_held_confirmation();
    const std::string problem = status()["store_problem"];
    EXPECT_NE(problem.find(database_path().string() + " is a symbolic link"), std::string::npos)
        << problem;
    EXPECT_EQ(read_file(notes), "my notes");
    EXPECT_EQ(fs::status(notes).permissions(), fs::perms{0644});
}

// A dangling link made a history file outside the data directory.
TEST_F(HistoryFaultTest, ADanglingLinkCreatesNothingWhereItPoints) {
    const fs::path outside = home_ / "outside" / "sitbreak.db";
    fs::create_directories(outside.parent_path());
    fs::create_directories(database_path().parent_path());
    fs::create_symlink(outside, database_path());
    start_and_wait();
    expect_held_confirmation();
    EXPECT_FALSE(fs::exists(outside));
}

TEST_F(HistoryFaultTest, TheSettingsAndHistoryDirectoriesArePrivateWhateverTheUmask) {
    daemon_env_["XDG_CONFIG_HOME"] = (home_ / "fresh-config").string();
    daemon_env_["XDG_DATA_HOME"] = (home_ / "fresh-data").string();
    ProcessOptions options;
    options.env = env();
    for (const auto& [name, value] : daemon_env_) options.env[name] = value;
    daemon_ = std::make_unique<Process>(
        std::vector<std::string>{"sh", "-c", "umask 000; exec \"$0\" --verbose", SITBREAKD_PATH},
        options);
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_daemon()) << daemon_->err();
    ASSERT_EQ(cli({"done", "bridges"}).exit_code, 0);
    for (const fs::path& dir : {home_ / "fresh-config" / "sitbreak", home_ / "fresh-config",
                                home_ / "fresh-data" / "sitbreak", home_ / "fresh-data"}) {
        EXPECT_EQ(fs::status(dir).permissions(), fs::perms{0700}) << dir;
    }
    EXPECT_EQ(fs::status(home_ / "fresh-data" / "sitbreak" / "sitbreak.db").permissions(),
              fs::perms{0600});
}

// The fault campaign: the daemon died with a command in flight after committing it; the
// CLI said "did not answer within 5 seconds" after 99 ms and exited 3, and a user who then
// ran it again counted the exercise twice.
TEST_F(HistoryFaultTest, AConfirmationWhoseReplyWasLostCountsOnce) {
    const fs::path die_now = home_ / "die-on-next-send";
    daemon_env_["LD_PRELOAD"] = SITBREAK_FAULT_SHIM;
    daemon_env_["SITBREAK_TEST_KILL_ON_SEND"] = die_now.string();
    start_and_wait();
    write_file(die_now, "");
    ProcessOptions options;
    options.env = env();
    Process done{{SITBREAK_PATH, "done", "bridges"}, options};
    ASSERT_EQ(daemon_->wait_for_exit(milliseconds{10000}), 128 + SIGKILL)
        << "the daemon was to die after committing, before answering";
    EXPECT_EQ(done_on_disk(), "1\n") << "it had committed the confirmation";
    fs::remove(die_now);
    daemon_ = start_daemon();  // as systemd's Restart=on-failure would
    ASSERT_EQ(done.wait_for_exit(milliseconds{20000}), 0) << done.out() << done.err();
    EXPECT_EQ(done.out(),
              "Counted 10 glute bridges (the daemon restarted while saving it; it counts once). "
              "Well done.\n");
    EXPECT_EQ(status()["today_done"], 1);
    EXPECT_EQ(done_on_disk(), "1\n");
}

// When the daemon died before committing, the retry is what counts it.
TEST_F(HistoryFaultTest, AConfirmationTheDaemonDiedBeforeWritingIsSentAgain) {
    start_and_wait();
    ProcessOptions options;
    options.env = env();
    Process monitor{{"dbus-monitor", "--address", bus_->address(), "member='ConfirmOnce'"},
                    options};
    ASSERT_TRUE(wait_until([&] { return monitor.out().find("NameAcquired") != std::string::npos; },
                           milliseconds{5000}, "dbus-monitor listens"));
    daemon_->kill(SIGSTOP);  // it reads nothing more: the call waits in its socket
    Process done{{SITBREAK_PATH, "done", "squeeze"}, options};
    ASSERT_TRUE(
        wait_until([&] { return monitor.out().find("member=ConfirmOnce") != std::string::npos; },
                   milliseconds{10000}, "the confirmation on its way to the daemon"));
    daemon_->kill(SIGKILL);
    ASSERT_TRUE(daemon_->wait_for_exit(milliseconds{5000}).has_value());
    daemon_ = start_daemon();
    ASSERT_EQ(done.wait_for_exit(milliseconds{20000}), 0) << done.out() << done.err();
    EXPECT_EQ(done.out(),
              "Counted a 30-second glute squeeze (the daemon restarted before saving it, so it "
              "was sent again). Well done.\n");
    EXPECT_EQ(status()["today_done"], 1);
}

}  // namespace
}  // namespace sitbreak::test
