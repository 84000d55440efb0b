#include "schema.hpp"

#include <SQLiteCpp/Transaction.h>

#include <array>
#include <stdexcept>
#include <string>

namespace sitbreak::store::schema {

namespace {

// Times are UTC seconds since 1970; offsets are seconds east of UTC in force at that
// instant, so a day can be attributed as it was lived (DESIGN §4) after travel or DST.
// Never edit a released step: add a new one. tests/fixtures/store/v<N>.db hold files
// written by each earlier step.
constexpr const char* v1 = R"sql(
CREATE TABLE spells (
    id           INTEGER PRIMARY KEY,
    start_at     INTEGER NOT NULL UNIQUE,
    start_offset INTEGER NOT NULL,
    end_at       INTEGER,            -- the last input; NULL while the spell is open
    end_offset   INTEGER,
    end_reason   TEXT CHECK (end_reason IN ('idle', 'lock', 'sleep', 'shutdown')),
    last_input   INTEGER NOT NULL,   -- last input known so far; recovery closes here
    CHECK ((end_at IS NULL) = (end_reason IS NULL))
);
CREATE TABLE prompts (
    id            INTEGER PRIMARY KEY,  -- the engine's PromptId
    opened_at     INTEGER NOT NULL,     -- first showing
    opened_offset INTEGER NOT NULL,
    closed_at     INTEGER,              -- NULL while the prompt is open
    outcome       TEXT CHECK (outcome IN ('done', 'skipped', 'natural', 'ignored')),
    exercise      TEXT CHECK (exercise IN ('bridges', 'squeeze')),
    snoozes       INTEGER NOT NULL DEFAULT 0,
    unprompted    INTEGER NOT NULL DEFAULT 0,
    CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
CREATE TABLE rest_days (
    date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
PRAGMA application_id = 1936290914;
)sql";

// v2 stores both tables in time order, so the day queries read ranges in order instead
// of seeking row by row (EXPLAIN QUERY PLAN in tests/bench/store_bench), adds
// the offset at a prompt's close (a zone change while it was open) and pause periods.
// The rebuilt tables drop v1's CHECK constraints: quick_check evaluates every one of
// them on every row at each start (~15 ms on ten years), and the values come only from
// enum conversions in event_writer.cpp.
constexpr const char* v2 = R"sql(
CREATE TABLE spells_v2 (
    start_at     INTEGER PRIMARY KEY,  -- the rowid: rows are stored by start
    start_offset INTEGER NOT NULL,
    end_at       INTEGER,              -- the last input; NULL while the spell is open
    end_offset   INTEGER,
    end_reason   TEXT,                 -- idle | lock | sleep | shutdown
    last_input   INTEGER NOT NULL      -- last input known so far; recovery closes here
);
INSERT INTO spells_v2
    SELECT start_at, start_offset, end_at, end_offset, end_reason, last_input FROM spells;
DROP TABLE spells;
ALTER TABLE spells_v2 RENAME TO spells;
-- Spells reaching into a window: covering, so a range query never touches the table.
CREATE INDEX spells_by_end
    ON spells (coalesce(end_at, last_input), start_offset, end_at, last_input);
CREATE INDEX spells_open ON spells (start_at) WHERE end_at IS NULL;

CREATE TABLE prompts_v2 (
    id            INTEGER NOT NULL UNIQUE,  -- the engine's PromptId
    opened_at     INTEGER NOT NULL,         -- first showing
    opened_offset INTEGER NOT NULL,
    closed_at     INTEGER,                  -- NULL while the prompt is open
    closed_offset INTEGER,
    outcome       TEXT,                     -- done | skipped | natural | ignored
    exercise      TEXT,                     -- bridges | squeeze, for done
    snoozes       INTEGER NOT NULL DEFAULT 0,
    unprompted    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (opened_at, id)
) WITHOUT ROWID;
INSERT INTO prompts_v2
    SELECT id, opened_at, opened_offset, closed_at,
           CASE WHEN closed_at IS NOT NULL THEN opened_offset END,
           outcome, exercise, snoozes, unprompted
    FROM prompts;
DROP TABLE prompts;
ALTER TABLE prompts_v2 RENAME TO prompts;
-- Recovery at every start looks for open prompts: without this it reads them all.
CREATE INDEX prompts_open ON prompts (id) WHERE closed_at IS NULL;

CREATE TABLE pauses (
    started_at    INTEGER PRIMARY KEY,
    start_offset  INTEGER NOT NULL,
    planned_until INTEGER NOT NULL,
    ended_at      INTEGER             -- resumed; NULL while paused or when it ran out
);
)sql";

// v3 keeps the token a client chose for a confirmation, so that a Confirm retried after
// a lost reply (the daemon died after the commit) is recognised and not counted twice.
constexpr const char* v3 = R"sql(
ALTER TABLE prompts ADD COLUMN token TEXT;  -- for done: the client's token, or NULL
CREATE UNIQUE INDEX prompts_by_token ON prompts (token) WHERE token IS NOT NULL;
)sql";

// v4 adds the programme (DESIGN §14.3): activation sessions, each item as it ended (what
// it asked and what was done), each exercise's step of a routine, and the daily suggestion
// with its answer.
constexpr const char* v4 = R"sql(
CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,  -- the daemon's SessionId
    routine      TEXT NOT NULL,        -- a catalogue routine id
    started_at   INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    ended_at     INTEGER,              -- NULL while the session runs
    end_offset   INTEGER,
    outcome      TEXT                  -- done | stopped; NULL while the session runs
);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE TABLE session_items (
    session      INTEGER NOT NULL REFERENCES sessions (id),
    position     INTEGER NOT NULL,     -- in the routine, from 0
    ended_at     INTEGER NOT NULL,
    exercise     TEXT NOT NULL,
    sets_asked   INTEGER NOT NULL,
    amount_asked INTEGER NOT NULL,     -- per set
    sets_done    INTEGER NOT NULL,
    amount_done  INTEGER NOT NULL,     -- over all sets done
    skipped      INTEGER NOT NULL,
    PRIMARY KEY (session, position)
) WITHOUT ROWID;
CREATE TABLE steps (
    routine    TEXT NOT NULL,
    exercise   TEXT NOT NULL,
    step       INTEGER NOT NULL,       -- 0 the routine's own dose, +1 a step up, -1 back
    since      INTEGER NOT NULL,       -- the run of full doses counts later sessions
    at         INTEGER NOT NULL,
    PRIMARY KEY (routine, exercise)
) WITHOUT ROWID;
CREATE TABLE suggestions (
    date       TEXT PRIMARY KEY,       -- the sitbreak day
    at         INTEGER NOT NULL,       -- made, or answered
    answer     TEXT NOT NULL           -- open | started | declined
) WITHOUT ROWID;
)sql";

constexpr std::array<const char*, current_version> steps{v1, v2, v3, v4};

}  // namespace

int version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void migrate(SQLite::Database& db, int target) {
    if (target < 0 || target > current_version) {
        throw std::invalid_argument("no schema version " + std::to_string(target));
    }
    for (;;) {
        // IMMEDIATE: take the write lock before reading the version we build on.
        SQLite::Transaction step(db, SQLite::TransactionBehavior::IMMEDIATE);
        const int from = version(db);
        if (from >= target) return;
        db.exec(steps[static_cast<std::size_t>(from)]);
        db.exec("PRAGMA user_version = " + std::to_string(from + 1));
        step.commit();
    }
}

}  // namespace sitbreak::store::schema
