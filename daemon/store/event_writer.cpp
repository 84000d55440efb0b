#include "event_writer.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <stdexcept>
#include <string>
#include <type_traits>

#include "store/iso_time.hpp"
#include "store/sql_values.hpp"
#include "store/session_writer.hpp"

namespace sitbreak::store {

namespace {

void write(SQLite::Database& db, const core::SpellStarted& e, core::Duration offset) {
    // A spell still open here was never ended (the engine restarted without recovery):
    // end it at its last input, before this one starts, so spells never overlap.
    SQLite::Statement close(
        db,
        "UPDATE spells SET end_at = min(last_input, ?1), end_offset = start_offset, "
        "end_reason = 'shutdown' WHERE end_at IS NULL AND start_at < ?1");
    close.bind(1, secs(e.at));
    close.exec();
    SQLite::Statement insert(
        db,
        "INSERT INTO spells (start_at, start_offset, last_input) VALUES (?1, ?2, ?1) "
        "ON CONFLICT (start_at) DO NOTHING");
    insert.bind(1, secs(e.at));
    insert.bind(2, secs(offset));
    insert.exec();
}

void write(SQLite::Database& db, const core::SpellEnded& e, core::Duration offset) {
    // Inserts the whole spell when its start never reached the disk.
    SQLite::Statement upsert(
        db,
        "INSERT INTO spells (start_at, start_offset, end_at, end_offset, end_reason, "
        "last_input) VALUES (?1, ?2, ?3, ?2, ?4, ?3) "
        "ON CONFLICT (start_at) DO UPDATE SET end_at = excluded.end_at, "
        "end_offset = excluded.end_offset, end_reason = excluded.end_reason, "
        "last_input = max(last_input, excluded.end_at)");
    upsert.bind(1, secs(e.started));
    upsert.bind(2, secs(offset));
    upsert.bind(3, secs(e.ended));
    upsert.bind(4, std::string{core::to_string(e.reason)});
    upsert.exec();
}

// Opened, snoozed and closed all create the prompt if its first showing was lost.
void write(SQLite::Database& db, const core::PromptOpened& e, core::Duration offset) {
    SQLite::Statement upsert(
        db,
        "INSERT INTO prompts (id, opened_at, opened_offset, snoozes, unprompted) "
        "VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (id) DO UPDATE SET snoozes = max(snoozes, excluded.snoozes)");
    upsert.bind(1, id_of(e.id));
    upsert.bind(2, secs(e.at));
    upsert.bind(3, secs(offset));
    upsert.bind(4, e.snoozes);
    upsert.bind(5, e.unprompted ? 1 : 0);
    upsert.exec();
}

void write(SQLite::Database& db, const core::PromptSnoozed& e, core::Duration offset) {
    SQLite::Statement upsert(
        db,
        "INSERT INTO prompts (id, opened_at, opened_offset, snoozes) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (id) DO UPDATE SET snoozes = max(snoozes, excluded.snoozes)");
    upsert.bind(1, id_of(e.id));
    upsert.bind(2, secs(e.at));
    upsert.bind(3, secs(offset));
    upsert.bind(4, e.snoozes);
    upsert.exec();
}

void write(SQLite::Database& db, const core::PromptClosed& e, core::Duration offset) {
    SQLite::Statement upsert(
        db,
        "INSERT INTO prompts (id, opened_at, opened_offset, closed_at, closed_offset, "
        "outcome, exercise, token) VALUES (?1, ?2, ?3, ?2, ?3, ?4, ?5, nullif(?6, '')) "
        "ON CONFLICT (id) DO UPDATE SET closed_at = excluded.closed_at, "
        "closed_offset = excluded.closed_offset, outcome = excluded.outcome, "
        "exercise = excluded.exercise, token = excluded.token");
    upsert.bind(1, id_of(e.id));
    upsert.bind(2, secs(e.at));
    upsert.bind(3, secs(offset));
    upsert.bind(4, std::string{core::to_string(e.outcome)});
    if (e.exercise) {
        upsert.bind(5, std::string{*e.exercise});
    } else {
        upsert.bind(5);
    }
    upsert.bind(6, e.token);
    upsert.exec();
}

void write(SQLite::Database& db, const core::PauseChanged& e, core::Duration offset) {
    // A pause that already ran out ended at its planned time, not at this event.
    SQLite::Statement end(
        db, "UPDATE pauses SET ended_at = min(planned_until, ?1) WHERE ended_at IS NULL");
    end.bind(1, secs(e.at));
    end.exec();
    if (!e.until) return;
    SQLite::Statement upsert(
        db,
        "INSERT INTO pauses (started_at, start_offset, planned_until) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (started_at) DO UPDATE SET planned_until = excluded.planned_until, "
        "ended_at = NULL");
    upsert.bind(1, secs(e.at));
    upsert.bind(2, secs(offset));
    upsert.bind(3, secs(*e.until));
    upsert.exec();
}

void write(SQLite::Database& db, const core::RestDayMarked& e, core::Duration) {
    SQLite::Statement insert(db, "INSERT OR IGNORE INTO rest_days (date) VALUES (?1)");
    insert.bind(1, date_text(e.date));
    insert.exec();
}

void write(SQLite::Database& db, const core::RestDayCleared& e, core::Duration) {
    SQLite::Statement remove(db, "DELETE FROM rest_days WHERE date = ?1");
    remove.bind(1, date_text(e.date));
    remove.exec();
}

// Re-stamps what is still open, as the engine did: its length is what was measured.
// OR IGNORE: a spell already starting at the re-stamped second (a coincidence of the
// second) keeps the open one where it was rather than failing every later write.
void write(SQLite::Database& db, const core::ClockStepped& e, core::Duration) {
    for (const char* sql :
         {"UPDATE OR IGNORE spells SET start_at = start_at + ?1, last_input = last_input + ?1 "
          "WHERE end_at IS NULL",
          "UPDATE OR IGNORE prompts SET opened_at = opened_at + ?1 WHERE closed_at IS NULL",
          "UPDATE OR IGNORE pauses SET started_at = started_at + ?1, "
          "planned_until = planned_until + ?1 WHERE ended_at IS NULL"}) {
        SQLite::Statement shift(db, sql);
        shift.bind(1, secs(e.by));
        shift.exec();
    }
}

void write(SQLite::Database&, const core::StateChanged&, core::Duration) {}
void write(SQLite::Database&, const core::PromptRenotified&, core::Duration) {}
void write(SQLite::Database&, const core::PromptHeld&, core::Duration) {}

}  // namespace

bool is_persisted(const core::Event& event) {
    return !std::holds_alternative<core::StateChanged>(event) &&
           !std::holds_alternative<core::PromptRenotified>(event) &&
           !std::holds_alternative<core::PromptHeld>(event);
}

void check_event(const core::Event& event) {
    const auto* closed = std::get_if<core::PromptClosed>(&event);
    if (closed == nullptr) return;
    if (closed->outcome == core::Outcome::snoozed) {
        throw std::invalid_argument("a prompt cannot end as snoozed; record PromptSnoozed");
    }
    if ((closed->outcome == core::Outcome::done) != closed->exercise.has_value()) {
        throw std::invalid_argument("a prompt names an exercise exactly when it ends done");
    }
}

void apply(SQLite::Database& db, const core::Event& event, core::Duration utc_offset) {
    std::visit([&](const auto& e) { write(db, e, utc_offset); }, event);
}

void apply_last_input(SQLite::Database& db, core::TimePoint at) {
    SQLite::Statement update(db,
                             "UPDATE spells SET last_input = max(last_input, ?1) "
                             "WHERE end_at IS NULL AND start_at <= ?1");
    update.bind(1, secs(at));
    update.exec();
}

bool token_recorded(SQLite::Database& db, std::string_view token) {
    SQLite::Statement find(db, "SELECT 1 FROM prompts WHERE token = ?1");
    find.bind(1, std::string{token});
    return find.executeStep();
}

void recover(SQLite::Database& db) {
    SQLite::Transaction recovery(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec(
        "UPDATE spells SET end_at = last_input, end_offset = start_offset, "
        "end_reason = 'shutdown' WHERE end_at IS NULL");
    // The daemon last knew the user was there at the latest recorded input; an open
    // prompt was ignored no later than that (and no earlier than it opened).
    db.exec(
        "UPDATE prompts SET outcome = 'ignored', closed_offset = opened_offset, "
        "closed_at = max(opened_at, coalesce((SELECT max(last_input) FROM spells), 0)) "
        "WHERE closed_at IS NULL");
    db.exec(
        "UPDATE pauses SET ended_at = max(started_at, min(planned_until, "
        "coalesce((SELECT max(last_input) FROM spells), 0))) WHERE ended_at IS NULL");
    recover_sessions(db);
    recovery.commit();
}

}  // namespace sitbreak::store
