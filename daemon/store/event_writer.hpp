#pragma once
// The SQL behind each domain event. Every write is idempotent (upserts keyed by the
// spell's start or the prompt's id), so replaying an event whose commit outcome was
// unknown cannot duplicate history.
#include <SQLiteCpp/Database.h>

#include <string_view>

#include "core/events.hpp"

namespace sitbreak::store {

// StateChanged and PromptRenotified describe nothing the history needs.
[[nodiscard]] bool is_persisted(const core::Event& event);

// Throws std::invalid_argument for an event that breaks the engine's contract (a
// PromptClosed with outcome `snoozed`, a done without exercise) before touching the db.
void check_event(const core::Event& event);

// Writes one event; the caller owns the transaction.
void apply(SQLite::Database& db, const core::Event& event, core::Duration utc_offset);

// Moves the open spell's last known input forward (never back).
void apply_last_input(SQLite::Database& db, core::TimePoint at);

// Whether a confirmation with this client token is on disk.
[[nodiscard]] bool token_recorded(SQLite::Database& db, std::string_view token);

// Closes what a previous run left open: spells at their last input (`shutdown`),
// prompts as `ignored`, pauses where they would have run out, sessions as `stopped`.
// One transaction.
void recover(SQLite::Database& db);

}  // namespace sitbreak::store
