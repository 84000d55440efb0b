#include "support.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <stdlib.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "store/schema.hpp"

namespace sitbreak::store::testing {

namespace fs = std::filesystem;
using namespace std::chrono;

TempDir::TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern =
        std::string{base != nullptr && *base != '\0' ? base : "/tmp"} + "/sitbreak-store-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::system_error(errno, std::generic_category(), "mkdtemp");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    // Tests may leave read-only directories behind; make them removable first.
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    for (const auto& entry : fs::recursive_directory_iterator(path_, ignored)) {
        if (entry.is_directory(ignored)) {
            fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
        }
    }
    fs::remove_all(path_, ignored);
}

core::Date date(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / day{d}}; }

core::TimePoint local_time(int y, unsigned m, unsigned d, int h, int mi, core::Duration offset,
                           int s) {
    return core::TimePoint{date(y, m, d)} + hours{h} + minutes{mi} + seconds{s} - offset;
}

std::int64_t secs(core::TimePoint t) { return t.time_since_epoch().count(); }

SQLite::Database peek(const fs::path& db) { return SQLite::Database(db, SQLite::OPEN_READONLY); }

std::string integrity_check(const fs::path& db) {
    return peek(db).execAndGet("PRAGMA integrity_check").getString();
}

std::string file_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

namespace sample {
core::TimePoint spell_start() { return local_time(2024, 3, 4, 9, 0, offset); }
core::TimePoint spell_end() { return local_time(2024, 3, 4, 10, 10, offset); }
core::TimePoint open_spell_start() { return local_time(2024, 3, 4, 11, 0, offset); }
core::TimePoint open_spell_last_input() { return local_time(2024, 3, 4, 12, 15, offset); }
core::Date rest_day() { return date(2024, 3, 9); }
}  // namespace sample

namespace {

// Version 1 columns, plus a prompt's close offset from version 2 on (where v2's
// migration fills it in for v1's rows); later versions only add columns.
void insert_sample(SQLite::Database& db, int version) {
    const std::int64_t off = sample::offset.count();
    SQLite::Statement spell(
        db,
        "INSERT INTO spells (start_at, start_offset, end_at, end_offset, end_reason, last_input) "
        "VALUES (?1, ?2, ?3, ?2, ?4, ?5)");
    spell.bind(1, secs(sample::spell_start()));
    spell.bind(2, off);
    spell.bind(3, secs(sample::spell_end()));
    spell.bind(4, "idle");
    spell.bind(5, secs(sample::spell_end()));
    spell.exec();
    SQLite::Statement open(
        db, "INSERT INTO spells (start_at, start_offset, last_input) VALUES (?1, ?2, ?3)");
    open.bind(1, secs(sample::open_spell_start()));
    open.bind(2, off);
    open.bind(3, secs(sample::open_spell_last_input()));
    open.exec();
    const std::int64_t t = secs(sample::spell_start());
    db.exec(
        "INSERT INTO prompts (id, opened_at, opened_offset, closed_at, outcome, exercise, "
        "snoozes) VALUES "
        "(1, " +
        std::to_string(t + 3600) + ", " + std::to_string(off) + ", " + std::to_string(t + 3700) +
        ", 'done', 'bridges', 0), "
        "(2, " +
        std::to_string(t + 7200) + ", " + std::to_string(off) + ", " + std::to_string(t + 8600) +
        ", 'skipped', NULL, 2)");
    if (version >= 2) {
        db.exec("UPDATE prompts SET closed_offset = opened_offset WHERE closed_at IS NOT NULL");
    }
    db.exec("INSERT INTO prompts (id, opened_at, opened_offset) VALUES (3, " +
            std::to_string(t + 10800) + ", " + std::to_string(off) + ")");
    db.exec("INSERT INTO rest_days (date) VALUES ('2024-03-09')");
}

}  // namespace

void write_sample_database(const fs::path& db, int version) {
    if (version < 1) throw std::invalid_argument("schema versions start at 1");
    fs::remove(db);
    SQLite::Database conn(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // The journal mode every released version used, so fixtures look like real files.
    conn.exec("PRAGMA journal_mode = WAL");
    schema::migrate(conn, version);
    SQLite::Transaction transaction(conn);
    insert_sample(conn, version);
    transaction.commit();
}

}  // namespace sitbreak::store::testing
