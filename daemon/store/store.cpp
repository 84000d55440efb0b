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
std::unique_ptr<SQLite::Database> open_connection(const fs::path& path) {
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
    // FULL: a commit is on disk before record() returns, so a confirmation the daemon
    // acknowledged over D-Bus survives a power cut, not just a crash.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    // After a checkpoint the log shrinks back to this: on a nearly full disk it must not
    // keep what it once grew to.
    db.exec("PRAGMA journal_size_limit = 262144");  // bytes
}

// After the migrations: a new file gets its schema with a rollback journal, which writes
// the pages in place, where the write-ahead log would hold several copies of each (the
// log of a new history is 64 KiB beside a file of 40 KiB). On a disk with little space
// again that is the difference between opening and not. A file in WAL mode stays so.
void use_write_ahead_log(SQLite::Database& db) {
    // WAL needs shared memory; on a file system without it SQLite keeps its rollback
    // journal, which is slower but just as safe, so the answer is not checked.
    db.exec("PRAGMA journal_mode = WAL");
}

// Moves what the write-ahead log holds into the file and empties the log, giving its
// space back. Best effort: on a full disk the file may have no room for it yet.
void checkpoint(SQLite::Database& db) {
    try {
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SQLite::Exception&) {
    }
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
        std::unique_ptr<SQLite::Database> db = open_connection(path);
        found = inspect_contents(*db);
        if (found.state == FileState::healthy) return db;
    }  // `db` is closed here, before its file is moved
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
    Store store{path};
    store.connect();
    return store;
}

Store Store::open_or_hold(const fs::path& path, core::TimePoint now) {
    Store store{path};
    try {
        store.connect();
    } catch (const Error& error) {
        store.last_error_ = error.what();
        // The file may hold prompts 1..n, unknown until it opens: this run's prompts are
        // numbered from the time in milliseconds, far above any sequence of prompts.
        store.next_prompt_id_ =
            static_cast<core::PromptId>(std::max<std::int64_t>(now.time_since_epoch().count(), 1)) *
            1000;
        store.next_session_id_ = store.next_prompt_id_;
    }
    return store;
}

Store::Store(fs::path path) : path_{std::move(path)} {}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store::~Store() {
    if (db_ == nullptr || pending_.empty()) return;
    try {
        flush(Effort::thorough);
    } catch (...) {  // a destructor cannot report; what is still held is lost
    }
}

void Store::connect() {
    try {
        std::optional<std::string> warning;
        std::unique_ptr<SQLite::Database> db = connect_checked(path_, warning);
        prepare_for_writing(*db);
        schema::migrate(*db);
        use_write_ahead_log(*db);
        recover(*db);
        const auto stored = static_cast<core::PromptId>(
            db->execAndGet("SELECT coalesce(max(id), 0) + 1 FROM prompts").getInt64());
        next_prompt_id_ = std::max(next_prompt_id_, stored);
        next_session_id_ = std::max(next_session_id_, store::next_session_id(*db));
        db_ = std::move(db);
        warning_ = std::move(warning);
        history_ = {};
    } catch (const SQLite::Exception& e) {
        throw Error("cannot open the history in " + path_.string() + ": " + e.what());
    } catch (const fs::filesystem_error& e) {
        throw Error("cannot open the history in " + path_.string() + ": " + e.what());
    }
}

void Store::record(const core::Event& event, core::Duration utc_offset) {
    if (!is_persisted(event)) {
        if (!pending_.empty()) flush(Effort::once);  // every record() is a retry
        return;
    }
    check_event(event);
    next_prompt_id_ = std::max(next_prompt_id_, prompt_id(event) + 1);
    pending_.push_back({event, utc_offset});
    flush(Effort::once);
}

void Store::note_last_input(core::TimePoint at) {
    // While held, only the newest last-input matters: keep one, not one per call.
    if (!pending_.empty() && std::holds_alternative<LastInput>(pending_.back().write)) {
        pending_.back().write = LastInput{at};
    } else {
        pending_.push_back({LastInput{at}, core::Duration{0}});
    }
    flush(Effort::once);
}

bool Store::retry() {
    if (db_ == nullptr) {
        try {
            connect();
        } catch (const Error& error) {
            last_error_ = error.what();
            return false;
        }
    }
    return flush(Effort::thorough);
}

std::string Store::degraded_reason() const {
    const std::string held = std::to_string(pending_.size()) + " change" +
                             (pending_.size() == 1 ? "" : "s") + " kept in memory until ";
    if (db_ == nullptr) return last_error_ + "; " + held + "it can be opened";
    if (pending_.empty()) return {};
    return "cannot write the history to " + path_.string() + " (" + last_error_ + "); " + held +
           "it works again";
}

bool Store::flush(Effort effort) {
    if (db_ == nullptr) return false;
    if (pending_.empty()) return true;
    const bool catching_up = !last_error_.empty();
    // After a failure (a full disk, say) the log may hold most of the free space: empty
    // it into the file first, then write what is held in as few transactions as fit,
    // halving the batch whenever one does not. A record() while the file refuses makes
    // one attempt with everything; retry() finds what fits.
    if (catching_up && effort == Effort::thorough) checkpoint(*db_);
    std::size_t batch = pending_.size();
    while (!pending_.empty()) {
        batch = std::min(batch, pending_.size());
        if (write_batch(batch)) continue;
        if (batch == 1 || effort == Effort::once) return false;
        batch = (batch + 1) / 2;
    }
    last_error_.clear();
    if (catching_up) checkpoint(*db_);
    return true;
}

bool Store::write_batch(std::size_t count) {
    try {
        // IMMEDIATE takes the write lock up front, so busy_timeout applies to it.
        SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        for (std::size_t i = 0; i < count; ++i) write(pending_[i]);
        transaction.commit();
    } catch (const SQLite::Exception& e) {
        last_error_ = e.what();
        return false;
    }
    for (std::size_t i = 0; i < count; ++i) {
        history_.forget_from(earliest_day_touched(pending_.front()));
        pending_.pop_front();
    }
    return true;
}

core::Date Store::earliest_day_touched(const Pending& pending) {
    if (const auto* input = std::get_if<LastInput>(&pending.write)) {
        return std::chrono::floor<std::chrono::days>(input->at) - std::chrono::days{2};
    }
    if (const auto* programme = std::get_if<core::ProgrammeEvent>(&pending.write)) {
        return earliest_day_touched(*programme);
    }
    const auto& event = std::get<core::Event>(pending.write);
    // A step of the clock moves the open spell, whenever it began.
    if (std::holds_alternative<core::ClockStepped>(event)) return core::Date{};
    const core::TimePoint at = std::visit(
        [](const auto& e) -> core::TimePoint {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, core::SpellEnded>) {
                return e.started;
            } else if constexpr (requires { e.date; }) {
                return core::TimePoint{e.date};
            } else {
                return e.at;
            }
        },
        event);
    // Two days back covers any UTC offset, day_starts_at, and a spell or prompt that
    // began the day before.
    return std::chrono::floor<std::chrono::days>(at) - std::chrono::days{2};
}

void Store::write(const Pending& pending) {
    if (const auto* input = std::get_if<LastInput>(&pending.write)) {
        apply_last_input(*db_, input->at);
    } else if (const auto* programme = std::get_if<core::ProgrammeEvent>(&pending.write)) {
        apply(*db_, *programme, pending.utc_offset);
    } else {
        apply(*db_, std::get<core::Event>(pending.write), pending.utc_offset);
    }
}

namespace {

// The held confirmations, in order.
template <typename Visit>
void for_each_held_done(const std::deque<Store::Pending>& pending, Visit visit) {
    for (const Store::Pending& held : pending) {
        const auto* event = std::get_if<core::Event>(&held.write);
        const auto* closed = event ? std::get_if<core::PromptClosed>(event) : nullptr;
        if (closed && closed->outcome == core::Outcome::done) visit(*closed, held.utc_offset);
    }
}

}  // namespace

Store::Recorded Store::find_token(std::string_view token) const {
    if (token.empty()) return Recorded::no;
    bool held = false;
    for_each_held_done(pending_, [&](const core::PromptClosed& closed, core::Duration) {
        held = held || closed.token == token;
    });
    if (held) return Recorded::held;
    if (db_ == nullptr) return Recorded::no;
    return reading(path_, [&] { return token_recorded(*db_, token); }) ? Recorded::on_disk
                                                                       : Recorded::no;
}

int Store::held_done(core::Date day, std::chrono::minutes day_starts_at) const {
    int done = 0;
    for_each_held_done(pending_, [&](const core::PromptClosed& closed, core::Duration offset) {
        if (core::day_of(closed.at, offset, day_starts_at) == day) ++done;
    });
    return done;
}

std::optional<core::Date> Store::first_day() const {
    if (db_ == nullptr) return std::nullopt;
    return reading(path_, [&] { return first_recorded_day(*db_); });
}

SQLite::Database& Store::readable() const {
    if (db_ == nullptr) throw Error("the history cannot be read: " + last_error_);
    return *db_;
}

std::vector<DayStats> Store::days(core::Date from, core::Date to, const core::Rules& rules) const {
    return reading(path_, [&] { return history_.days(readable(), from, to, rules); });
}

core::Streak Store::streak(core::Date today, const core::Rules& rules) const {
    return reading(path_, [&] { return history_.streak(readable(), today, rules); });
}

void Store::export_csv(std::ostream& out) const {
    reading(path_, [&] { store::export_csv(readable(), out); });
}

void Store::export_json(std::ostream& out) const {
    reading(path_, [&] { store::export_json(readable(), out); });
}

}  // namespace sitbreak::store
