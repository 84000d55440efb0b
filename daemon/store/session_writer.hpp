#pragma once
// The SQL behind the programme's records (core/session.hpp): activation sessions, their
// items and the daily suggestion. Writes are idempotent upserts, like event_writer's, so a
// write replayed after an unknown commit outcome duplicates nothing.
#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "core/session.hpp"

namespace sitbreak::store {

// Writes one record; the caller owns the transaction.
void apply(SQLite::Database& db, const core::ProgrammeEvent& event, core::Duration utc_offset);

// Throws std::invalid_argument for a record no session can hold (an empty routine id, an
// item of more sets done than a day has seconds) before touching the db.
void check_programme_event(const core::ProgrammeEvent& event);

// Ends sessions a previous run left running as stopped, at their last item (or start).
void recover_sessions(SQLite::Database& db);

// Greater than every session id on disk.
[[nodiscard]] core::SessionId next_session_id(SQLite::Database& db);

// A session as recorded, with its items in routine order.
struct SessionRecord {
    core::SessionId id{0};
    std::string routine;
    core::TimePoint started;
    core::Duration start_offset{0};
    std::optional<core::TimePoint> ended;  // nullopt while it runs
    std::optional<core::SessionOutcome> outcome;
    std::vector<core::SessionItem> items;
    [[nodiscard]] int items_done() const;
    [[nodiscard]] bool counts_for_week() const;
};

// Sessions that started in [from, to) (UTC), oldest first.
[[nodiscard]] std::vector<SessionRecord> sessions_between(SQLite::Database& db,
                                                          core::TimePoint from, core::TimePoint to);

// An exercise's step in a routine and where its run of full doses starts (no row: 0, 0).
struct ExerciseStep {
    int step{0};
    core::SessionId since{0};
};
[[nodiscard]] ExerciseStep step_of(SQLite::Database& db, const std::string& routine,
                                   const std::string& exercise);
// Whether each ended session of `routine` after `since` that had `exercise` did its full
// dose, oldest first (an exercise twice in a routine counts each time).
[[nodiscard]] std::vector<bool> full_doses(SQLite::Database& db, const std::string& routine,
                                           const std::string& exercise, core::SessionId since);

// The answer given to the suggestion of `day`; nullopt when none was made that day.
[[nodiscard]] std::optional<core::SuggestionAnswer> suggestion_on(SQLite::Database& db,
                                                                  core::Date day);

}  // namespace sitbreak::store
