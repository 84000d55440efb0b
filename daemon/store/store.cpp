#include "store.hpp"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <algorithm>
#include <utility>

#include "store/db_file.hpp"
#include "store/event_writer.hpp"
#include "store/export.hpp"
#include "store/schema.hpp"

namespace sitbreak::store {

namespace fs = std::filesystem;

namespace {

// Only another writer can hold the lock (the daemon is the only one; a sqlite3 shell
// or a second sitbreakd racing for the bus name). The daemon's loop can afford this
// long a stall, not more; after it the write waits in memory.
constexpr int busy_timeout_ms = 1000;

void checkpoint_on_close(SQLite::Database& db, bool on) {
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr);
}

// A connection that has written nothing and would not checkpoint if closed now, so
// judging the file through it cannot change the file. NOMUTEX: a Store is used from one
// thread, and SQLite's per-call locking was a tenth of the stats query.
std::unique_ptr<SQLite::Database> connect(const fs::path& path) {
    auto db = std::make_unique<SQLite::Database>(
        path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, busy_timeout_ms);
    checkpoint_on_close(*db, false);
    // Reads straight from the kernel's page cache instead of copying every page into
    // SQLite's: quick_check and the 3650-day stats each read the whole file (~2 MiB
    // for ten years).
    db->exec("PRAGMA mmap_size = 67108864");  // bytes
    return db;
}

void prepare_for_writing(SQLite::Database& db) {
    checkpoint_on_close(db, true);
    // WAL needs shared memory; on a file system without it SQLite keeps its rollback
    // journal, which is slower but just as safe, so the answer is not checked.
    db.exec("PRAGMA journal_mode = WAL");
    // FULL: a commit is on disk before record() returns, so a confirmation the daemon
    // acknowledged over D-Bus survives a power cut, not just a crash.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
}

core::TimePoint now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

// The connection to a healthy file: a damaged one is moved aside (once) and replaced by
// a new file; one from a newer build is refused.
std::unique_ptr<SQLite::Database> connect_checked(const fs::path& path,
                                                  std::optional<std::string>& warning) {
    Inspection found = inspect_header(path);
    for (bool moved_once = false;;) {
        if (found.state == FileState::newer) {
            throw Error(path.string() + " was written by a newer sitbreak (schema " +
                        std::to_string(found.version) + ", this build knows " +
                        std::to_string(schema::current_version) + "); not opening it");
        }
        if (found.state == FileState::corrupt) {
            if (moved_once) throw Error("a new database at " + path.string() + " is damaged too");
            const fs::path moved = move_aside(path, now());
            moved_once = true;
            warning = path.string() + " was damaged (" + found.problem + "); it was moved to " +
                      moved.string() + " and a new history was started";
        }
        prepare_private_file(path);
        std::unique_ptr<SQLite::Database> db = connect(path);
        found = inspect_contents(*db);
        if (found.state == FileState::healthy) return db;
    }  // `db` is closed here, before its file is moved
}

template <typename Read>
auto reading(const fs::path& path, Read read) {
    try {
        return read();
    } catch (const SQLite::Exception& e) {
        throw Error("cannot read the history in " + path.string() + ": " + e.what());
    }
}

core::PromptId prompt_id(const core::Event& event) {
    return std::visit(
        [](const auto& e) -> core::PromptId {
            if constexpr (requires { e.id; }) {
                return e.id;
            } else {
                return 0;
            }
        },
        event);
}

}  // namespace

Store Store::open(const fs::path& path) {
    try {
        std::optional<std::string> warning;
        std::unique_ptr<SQLite::Database> db = connect_checked(path, warning);
        prepare_for_writing(*db);
        schema::migrate(*db);
        recover(*db);
        Store store(path, std::move(db), std::move(warning));
        store.next_prompt_id_ = static_cast<core::PromptId>(
            store.db_->execAndGet("SELECT coalesce(max(id), 0) + 1 FROM prompts").getInt64());
        return store;
    } catch (const SQLite::Exception& e) {
        throw Error("cannot open the history in " + path.string() + ": " + e.what());
    } catch (const fs::filesystem_error& e) {
        throw Error("cannot open the history in " + path.string() + ": " + e.what());
    }
}

Store::Store(fs::path path, std::unique_ptr<SQLite::Database> db,
             std::optional<std::string> warning)
    : path_{std::move(path)}, db_{std::move(db)}, warning_{std::move(warning)} {}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store::~Store() {
    if (db_ == nullptr || pending_.empty()) return;
    try {
        flush();
    } catch (...) {  // a destructor cannot report; what is still waiting is lost
    }
}

void Store::record(const core::Event& event, core::Duration utc_offset) {
    if (!is_persisted(event)) {
        if (!pending_.empty()) flush();  // every record() is a retry
        return;
    }
    check_event(event);
    next_prompt_id_ = std::max(next_prompt_id_, prompt_id(event) + 1);
    pending_.push_back({event, utc_offset});
    flush();
}

void Store::note_last_input(core::TimePoint at) {
    // While degraded, only the newest last-input matters: keep one, not one per call.
    if (!pending_.empty() && std::holds_alternative<LastInput>(pending_.back().write)) {
        pending_.back().write = LastInput{at};
    } else {
        pending_.push_back({LastInput{at}, core::Duration{0}});
    }
    flush();
}

bool Store::retry() { return flush(); }

std::string Store::degraded_reason() const {
    if (pending_.empty()) return {};
    return "cannot write the history to " + path_.string() + " (" + last_error_ + "); " +
           std::to_string(pending_.size()) + " change(s) kept in memory until it works again";
}

bool Store::flush() {
    while (!pending_.empty()) {
        try {
            // IMMEDIATE takes the write lock up front, so busy_timeout applies to it.
            SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
            write(pending_.front());
            transaction.commit();
        } catch (const SQLite::Exception& e) {
            last_error_ = e.what();
            return false;
        }
        history_.forget_from(earliest_day_touched(pending_.front()));
        pending_.pop_front();
    }
    last_error_.clear();
    return true;
}

core::Date Store::earliest_day_touched(const Pending& pending) {
    if (const auto* input = std::get_if<LastInput>(&pending.write)) {
        return std::chrono::floor<std::chrono::days>(input->at) - std::chrono::days{2};
    }
    const core::TimePoint at = std::visit(
        [](const auto& e) -> core::TimePoint {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, core::SpellEnded>) {
                return e.started;
            } else if constexpr (std::is_same_v<E, core::RestDayMarked>) {
                return core::TimePoint{e.date};
            } else {
                return e.at;
            }
        },
        std::get<core::Event>(pending.write));
    // Two days back covers any UTC offset, day_starts_at, and a spell or prompt that
    // began the day before.
    return std::chrono::floor<std::chrono::days>(at) - std::chrono::days{2};
}

void Store::write(const Pending& pending) {
    if (const auto* input = std::get_if<LastInput>(&pending.write)) {
        apply_last_input(*db_, input->at);
    } else {
        apply(*db_, std::get<core::Event>(pending.write), pending.utc_offset);
    }
}

std::vector<DayStats> Store::days(core::Date from, core::Date to, const core::Rules& rules) const {
    return reading(path_, [&] { return history_.days(*db_, from, to, rules); });
}

core::Streak Store::streak(core::Date today, const core::Rules& rules) const {
    return reading(path_, [&] { return history_.streak(*db_, today, rules); });
}

void Store::export_csv(std::ostream& out) const {
    reading(path_, [&] { store::export_csv(*db_, out); });
}

void Store::export_json(std::ostream& out) const {
    reading(path_, [&] { store::export_json(*db_, out); });
}

}  // namespace sitbreak::store
