// Crash safety with real processes (DESIGN §11): a child writes a stream of events (spells,
// prompts, rest days, activation sessions item by item) and reports each one after record()
// returned with nothing pending; the parent SIGKILLs it at a random moment, 200 times on
// the same file. After every kill the file passes
// integrity_check and holds everything any child reported, and the next child opens it.
//
// Reproduce a failure with SITBREAK_CRASH_SEED=<seed printed in the failure>.
#include <SQLiteCpp/Statement.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>

#include "store/iso_time.hpp"
#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

constexpr int rounds = 200;
constexpr core::Duration offset{3600};

// ---- child -------------------------------------------------------------------------

// An activation session of two items: T id, then I id position per item, then F id.
template <typename Report>
void write_session(Store& store, core::TimePoint start, const Report& report) {
    const core::SessionId id = store.next_session_id();
    const std::string i = std::to_string(id);
    store.record(core::SessionStarted{id, start, "medius_wake_up"}, offset);
    report("T " + i);
    for (std::uint32_t position = 0; position < 2; ++position) {
        store.record(core::SessionItem{id, start + seconds{20 * (position + 1)}, position,
                                       "clamshell", 2, 10, 2, 20, false},
                     offset);
        report("I " + i + " " + std::to_string(position));
    }
    store.record(core::SessionEnded{id, start + minutes{1}, core::SessionOutcome::done}, offset);
    report("F " + i);
}

[[noreturn]] void run_writer(const fs::path& db, int round, int out) {
    try {
        Store store = Store::open(db);
        const auto report = [&](const std::string& line) {
            if (store.degraded()) ::_exit(4);  // reported means committed
            const std::string text = line + '\n';
            if (::write(out, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
                ::_exit(5);
            }
        };
        const core::TimePoint day = local_time(2030, 1, 1, 0, 0, offset) + days{round};
        for (int k = 0; k < 140; ++k) {
            const core::TimePoint start = day + minutes{10 * k};
            const std::string s = std::to_string(secs(start));
            if (k % 2 == 0) write_session(store, start, report);
            store.record(core::SpellStarted{start}, offset);
            report("S " + s);
            store.note_last_input(start + minutes{1});
            report("L " + s + " " + std::to_string(secs(start + minutes{1})));
            const core::PromptId id = store.next_prompt_id();
            const std::string i = std::to_string(id);
            store.record(core::PromptOpened{id, start + minutes{2}, 0, false}, offset);
            report("O " + i);
            store.record(core::PromptSnoozed{id, start + minutes{3}, start + minutes{4}, 1},
                         offset);
            report("Z " + i + " 1");
            store.record(core::PromptOpened{id, start + minutes{4}, 1, false}, offset);
            store.record(core::PromptClosed{id, start + minutes{5}, core::Outcome::done,
                                            "bridges"},
                         offset);
            report("C " + i + " done");
            store.record(core::SpellEnded{start, start + minutes{8}, core::EndReason::idle},
                         offset);
            report("E " + s + " " + std::to_string(secs(start + minutes{8})));
            if (k % 3 == 0) {
                store.record(core::RestDayMarked{floor<days>(start) + days{k}}, offset);
                report("R " +
                       std::to_string((floor<days>(start) + days{k}).time_since_epoch().count()));
            }
        }
        ::_exit(0);
    } catch (...) {
        ::_exit(3);
    }
}

// ---- parent ------------------------------------------------------------------------

struct SpellSeen {
    std::optional<std::int64_t> end;
    std::int64_t last_input{0};
};
struct PromptSeen {
    int snoozes{0};
    std::optional<std::string> outcome;
};
struct SessionSeen {
    std::set<std::int64_t> items;  // positions
    bool finished{false};
};
struct Reported {
    std::map<std::int64_t, SessionSeen> sessions;
    std::map<std::int64_t, SpellSeen> spells;
    std::map<std::int64_t, PromptSeen> prompts;
    std::set<std::int64_t> rest_days;  // days since 1970

    void add(const std::string& line) {
        std::istringstream in(line);
        char kind = 0;
        std::int64_t a = 0, b = 0;
        std::string word;
        in >> kind >> a;
        switch (kind) {
        case 'S': spells[a]; break;
        case 'L':
            in >> b;
            spells[a].last_input = b;
            break;
        case 'E':
            in >> b;
            spells[a].end = b;
            break;
        case 'O': prompts[a]; break;
        case 'Z':
            in >> b;
            prompts[a].snoozes = static_cast<int>(b);
            break;
        case 'C':
            in >> word;
            prompts[a].outcome = word;
            break;
        case 'R': rest_days.insert(a); break;
        case 'T': sessions[a]; break;
        case 'I':
            in >> b;
            sessions[a].items.insert(b);
            break;
        case 'F': sessions[a].finished = true; break;
        default: ADD_FAILURE() << "garbled report: " << line;
        }
    }
};

// Complete lines the child wrote before it died; a torn last line was never reported.
class Reports {
public:
    explicit Reports(int fd) : fd_{fd} {}
    // Reads until `count` complete lines arrived or the child closed the pipe.
    bool wait_for(std::size_t count) {
        while (lines_.size() < count) {
            if (!read_some()) return false;
        }
        return true;
    }
    void drain() {
        while (read_some()) {
        }
    }
    [[nodiscard]] const std::vector<std::string>& lines() const { return lines_; }

private:
    bool read_some() {
        char chunk[4096];
        const ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got <= 0) return false;
        buffer_.append(chunk, static_cast<std::size_t>(got));
        for (std::size_t eol; (eol = buffer_.find('\n')) != std::string::npos;) {
            lines_.push_back(buffer_.substr(0, eol));
            buffer_.erase(0, eol + 1);
        }
        return true;
    }
    int fd_;
    std::string buffer_;
    std::vector<std::string> lines_;
};

void expect_spells_present(SQLite::Database& db, const Reported& reported) {
    SQLite::Statement spells(db, "SELECT start_at, end_at, end_reason, last_input FROM spells");
    std::map<std::int64_t, std::tuple<std::optional<std::int64_t>, std::string, std::int64_t>> rows;
    while (spells.executeStep()) {
        const auto end = spells.getColumn(1);
        rows[spells.getColumn(0).getInt64()] = {
            end.isNull() ? std::nullopt : std::optional{end.getInt64()},
            spells.getColumn(2).getString(), spells.getColumn(3).getInt64()};
    }
    for (const auto& [start, seen] : reported.spells) {
        const auto row = rows.find(start);
        ASSERT_NE(row, rows.end()) << "spell " << start << " lost";
        const auto& [end, reason, last_input] = row->second;
        if (seen.end) {
            EXPECT_EQ(end, seen.end) << "spell " << start;
            EXPECT_EQ(reason, "idle") << "spell " << start;
        } else if (reason == "shutdown") {  // closed by a later open's recovery
            EXPECT_GE(end.value_or(0), seen.last_input) << "spell " << start;
        } else if (end) {  // the child's end was committed, the report never sent
            EXPECT_EQ(reason, "idle") << "spell " << start;
            EXPECT_EQ(*end, start + 8 * 60) << "spell " << start;
        } else {
            EXPECT_GE(last_input, seen.last_input) << "spell " << start;
        }
    }
}

void expect_prompts_present(SQLite::Database& db, const Reported& reported) {
    SQLite::Statement prompts(db, "SELECT id, snoozes, coalesce(outcome, '') FROM prompts");
    std::map<std::int64_t, std::pair<int, std::string>> stored;
    while (prompts.executeStep()) {
        stored[prompts.getColumn(0).getInt64()] = {prompts.getColumn(1).getInt(),
                                                   prompts.getColumn(2).getString()};
    }
    for (const auto& [id, seen] : reported.prompts) {
        const auto row = stored.find(id);
        ASSERT_NE(row, stored.end()) << "prompt " << id << " lost";
        const auto& [snoozes, outcome] = row->second;
        EXPECT_GE(snoozes, seen.snoozes) << "prompt " << id;
        if (seen.outcome) {
            EXPECT_EQ(outcome, *seen.outcome) << "prompt " << id;
        } else {  // still open, ignored by recovery, or closed without a report
            EXPECT_TRUE(outcome.empty() || outcome == "ignored" || outcome == "done")
                << "prompt " << id << " ended " << outcome;
        }
    }
}

// A finished session is there whole; one still running when the child died is there with
// every item reported, open or ended by recovery as stopped.
void expect_sessions_present(SQLite::Database& db, const Reported& reported) {
    for (const auto& [id, seen] : reported.sessions) {
        SQLite::Statement session(db, "SELECT coalesce(outcome, '') FROM sessions WHERE id = ?1");
        session.bind(1, id);
        ASSERT_TRUE(session.executeStep()) << "session " << id << " lost";
        const std::string outcome = session.getColumn(0).getString();
        if (seen.finished) {
            EXPECT_EQ(outcome, "done") << "session " << id;
        } else {
            EXPECT_TRUE(outcome.empty() || outcome == "stopped" || outcome == "done")
                << "session " << id << " ended " << outcome;
        }
        SQLite::Statement items(db, "SELECT position FROM session_items WHERE session = ?1");
        items.bind(1, id);
        std::set<std::int64_t> stored;
        while (items.executeStep()) stored.insert(items.getColumn(0).getInt64());
        for (const std::int64_t position : seen.items) {
            EXPECT_TRUE(stored.count(position)) << "session " << id << " item " << position << " lost";
        }
        if (seen.finished) {
            EXPECT_EQ(stored.size(), 2u) << "session " << id;
        }
    }
}

void expect_all_reported_present(const fs::path& file, const Reported& reported) {
    if (!fs::exists(file)) {
        EXPECT_TRUE(reported.spells.empty() && reported.sessions.empty())
            << "reported events but there is no file";
        return;
    }
    // First as the next writer opens it. A child killed inside a migration step leaves a
    // hot rollback journal that only a writer may roll back: a raw look at the file before
    // that failed ("attempt to write a readonly database", a fresh-clone run, 2026-12-05).
    // A file killed before its schema committed gets its schema here.
    try {
        const Store reopened = Store::open(file);
        EXPECT_FALSE(reopened.open_warning().has_value()) << *reopened.open_warning();
    } catch (const Error& error) {
        FAIL() << "the next writer cannot open the file: " << error.what();
    }
    ASSERT_EQ(integrity_check(file), "ok");
    SQLite::Database db = peek(file);
    expect_spells_present(db, reported);
    expect_prompts_present(db, reported);
    expect_sessions_present(db, reported);
    for (const std::int64_t day : reported.rest_days) {
        SQLite::Statement rest(db, "SELECT 1 FROM rest_days WHERE date = ?1");
        rest.bind(1, date_text(core::Date{days{day}}));
        EXPECT_TRUE(rest.executeStep())
            << "rest day " << date_text(core::Date{days{day}}) << " lost";
    }
}

unsigned crash_seed() {
    if (const char* given = std::getenv("SITBREAK_CRASH_SEED")) {
        return static_cast<unsigned>(std::strtoul(given, nullptr, 10));
    }
    return std::random_device{}();
}

// The round above once failed (sanitized build, 2026-12-05) when the first kill came after
// SQLite made the file and before the schema committed: the check itself must hold then.
TEST_F(StoreTest, AFileKilledBeforeItsSchemaCountsAsIntactWhenNothingWasReported) {
    fs::create_directories(db_path().parent_path());
    { SQLite::Database made{db_path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE}; }
    ASSERT_TRUE(fs::exists(db_path()));
    expect_all_reported_present(db_path(), Reported{});
}

// What a kill inside a migration step leaves: the old schema's file with a hot rollback
// journal (a child here writes part of a step and dies without committing). The check, as
// the next writer, rolls it back and finds the history as it was.
TEST_F(StoreTest, AFileKilledInsideAMigrationStepIsRolledBackByTheNextWriter) {
    fs::create_directories(db_path().parent_path());
    write_sample_database(db_path(), 1);
    { SQLite::Database rollback_journal{db_path(), SQLite::OPEN_READWRITE};
      rollback_journal.exec("PRAGMA journal_mode = DELETE"); }
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        SQLite::Database db{db_path(), SQLite::OPEN_READWRITE};
        db.exec("PRAGMA cache_size = 1");  // dirty pages reach the file before the commit
        db.exec("BEGIN IMMEDIATE");
        db.exec("CREATE TABLE filler (x)");
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO filler SELECT randomblob(200) FROM n");
        ::_exit(0);  // no commit, no rollback
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(fs::exists(db_path().string() + "-journal")) << "a hot journal was left";
    // A read-only look cannot roll it back: how the check used to fail.
    EXPECT_THROW((void)integrity_check(db_path()), SQLite::Exception);
    expect_all_reported_present(db_path(), Reported{});
    SQLite::Database db = peek(db_path());
    EXPECT_FALSE(db.tableExists("filler")) << "the unfinished step was rolled back";
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM spells").getInt(), 2) << "the sample's spells";
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM prompts").getInt(), 3);
}

TEST_F(StoreTest, SurvivesTwoHundredKillsAtRandomMomentsOnTheSameFile) {
    const unsigned seed = crash_seed();
    SCOPED_TRACE("SITBREAK_CRASH_SEED=" + std::to_string(seed));
    std::mt19937 rng(seed);
    Reported reported;
    std::size_t total_reports = 0;
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        // Up to ~1.5 spells' worth of reports, then up to ~one commit's time more, so the
        // kill lands in open(), between events and inside transactions alike.
        const std::size_t reports_before_kill = std::uniform_int_distribution<>(0, 10)(rng);
        const auto extra = microseconds{std::uniform_int_distribution<>(0, 5000)(rng)};
        int pipe_fds[2];
        ASSERT_EQ(::pipe(pipe_fds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(pipe_fds[0]);
            run_writer(db_path(), round, pipe_fds[1]);
        }
        ::close(pipe_fds[1]);
        Reports reports(pipe_fds[0]);
        const bool alive = reports.wait_for(reports_before_kill);
        ::usleep(static_cast<useconds_t>(extra.count()));
        ::kill(child, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        reports.drain();
        ::close(pipe_fds[0]);
        ASSERT_TRUE(alive && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the writer stopped by itself, status " << status;
        for (const std::string& line : reports.lines()) reported.add(line);
        total_reports += reports.lines().size();
        try {
            expect_all_reported_present(db_path(), reported);
        } catch (const std::exception& error) {
            ADD_FAILURE() << "looking at the file: " << error.what();  // with the seed above
        }
        if (HasFailure()) return;
    }
    EXPECT_GT(total_reports, 0u);
    RecordProperty("reports", static_cast<int>(total_reports));
}

}  // namespace
}  // namespace sitbreak::store::testing
