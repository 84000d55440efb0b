// A full disk (DESIGN §5): RLIMIT_FSIZE in a forked child makes every write to the
// database fail as a full disk would (EFBIG, SIGXFSZ ignored). The store keeps the
// events in memory in order, says it is degraded, and writes them all once writing
// works again; the file stays intact throughout.
#include <SQLiteCpp/Statement.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sstream>

#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

constexpr core::Duration cet{3600};

core::TimePoint t0() { return local_time(2025, 6, 2, 9, 0, cet); }

void limit_file_size(rlim_t bytes) {
    rlimit limit{};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

// Runs in the child; every line it prints is "<step> <degraded> <pending>".
[[noreturn]] void run_scenario(const fs::path& db, int out) {
    ::signal(SIGXFSZ, SIG_IGN);
    std::ostringstream log;
    try {
        Store store = Store::open(db);
        const auto step = [&](const char* name) {
            log << name << ' ' << store.degraded() << ' ' << store.pending() << '\n';
        };
        store.record(core::SpellStarted{t0()}, cet);
        step("before");
        limit_file_size(1);  // bytes: no write past the first byte of any file succeeds
        store.note_last_input(t0() + minutes{30});
        store.record(core::PromptOpened{1, t0() + minutes{60}, 0, false}, cet);
        step("opened");
        log << "reason " << store.degraded_reason() << '\n';
        store.record(core::PromptSnoozed{1, t0() + minutes{61}, t0() + minutes{71}, 1}, cet);
        store.note_last_input(t0() + minutes{65});
        store.note_last_input(t0() + minutes{70});  // replaces the one before
        store.record(
            core::PromptClosed{1, t0() + minutes{72}, core::Outcome::done, "squeeze"},
            cet);
        store.record(core::SpellEnded{t0(), t0() + minutes{80}, core::EndReason::idle}, cet);
        store.record(core::RestDayMarked{date(2025, 6, 7)}, cet);
        store.record(core::SpellStarted{t0() + hours{2}}, cet);
        step("queued");
        log << "today "
            << store.days(date(2025, 6, 2), date(2025, 6, 2), core::Rules{})[0]
                   .tally.sitting.count()
            << '\n';
        step(store.retry() ? "retry-ok" : "retry-failed");
        limit_file_size(RLIM_INFINITY);  // space is back
        store.record(core::PromptOpened{2, t0() + hours{3}, 0, false}, cet);
        step("back");  // the queue went out first, then this event
        limit_file_size(1);
        store.record(core::PromptClosed{2, t0() + hours{3} + minutes{1}, core::Outcome::skipped,
                                        std::nullopt},
                     cet);
        step("full-again");
        limit_file_size(RLIM_INFINITY);
        step(store.retry() ? "retry-ok" : "retry-failed");
    } catch (const std::exception& e) {
        log << "exception " << e.what() << '\n';
    }
    const std::string text = log.str();
    const bool sent = ::write(out, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::_exit(sent ? 0 : 1);
}

std::string run_in_child(const fs::path& db) {
    int fds[2];
    if (::pipe(fds) != 0) return "pipe failed";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        run_scenario(db, fds[1]);
    }
    ::close(fds[1]);
    std::string text;
    char chunk[4096];
    for (ssize_t got; (got = ::read(fds[0], chunk, sizeof chunk)) > 0;) text.append(chunk, got);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        text += "child status " + std::to_string(status);
    return text;
}

TEST_F(StoreTest, AFullDiskKeepsEventsInMemoryAndWritesThemAllOnceThereIsSpace) {
    std::istringstream log(run_in_child(db_path()));
    std::string line;
    const auto next = [&] {
        std::getline(log, line);
        return line;
    };
    EXPECT_EQ(next(), "before 0 0");
    EXPECT_EQ(next(), "opened 1 2");  // the last input and the prompt
    EXPECT_EQ(next().rfind("reason cannot write the history to " + db_path().string() + " (", 0),
              0u)
        << line;
    EXPECT_NE(line.find("2 changes kept in memory"), std::string::npos) << line;
    EXPECT_EQ(next(), "queued 1 8");
    EXPECT_EQ(next(), "today 0");  // reads work; waiting events are not in them yet
    EXPECT_EQ(next(), "retry-failed 1 8");
    EXPECT_EQ(next(), "back 0 0");
    EXPECT_EQ(next(), "full-again 1 1");
    EXPECT_EQ(next(), "retry-ok 0 0");
    EXPECT_FALSE(std::getline(log, line)) << "unexpected: " << line;

    ASSERT_EQ(integrity_check(db_path()), "ok");
    SQLite::Database db = peek(db_path());
    SQLite::Statement spells(db,
                             "SELECT start_at, end_at, end_reason, last_input FROM spells "
                             "ORDER BY start_at");
    ASSERT_TRUE(spells.executeStep());
    EXPECT_EQ(spells.getColumn(1).getInt64(), secs(t0() + minutes{80}));
    EXPECT_EQ(spells.getColumn(2).getString(), "idle");  // in order: not ended by the next start
    ASSERT_TRUE(spells.executeStep());
    EXPECT_EQ(spells.getColumn(0).getInt64(), secs(t0() + hours{2}));
    EXPECT_TRUE(spells.getColumn(1).isNull());
    SQLite::Statement prompts(db,
                              "SELECT id, outcome, coalesce(exercise, ''), snoozes FROM "
                              "prompts ORDER BY id");
    ASSERT_TRUE(prompts.executeStep());
    EXPECT_EQ(prompts.getColumn(1).getString(), "done");
    EXPECT_EQ(prompts.getColumn(2).getString(), "squeeze");
    EXPECT_EQ(prompts.getColumn(3).getInt(), 1);
    ASSERT_TRUE(prompts.executeStep());
    EXPECT_EQ(prompts.getColumn(1).getString(), "skipped");
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM rest_days").getInt(), 1);
}

}  // namespace
}  // namespace sitbreak::store::testing
