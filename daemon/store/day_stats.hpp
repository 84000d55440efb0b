#pragma once
// Per-day statistics and streaks read back from the history (DESIGN §4). The rules
// (day boundary, desk-day threshold, goal) come from core/day.hpp; SQL only fetches rows.
#include <SQLiteCpp/Database.h>

#include <map>
#include <optional>
#include <vector>

#include "core/day.hpp"

namespace sitbreak::store {

struct DayStats {
    core::Date date;
    core::DayTally tally;
    core::DayStatus status{core::DayStatus::neutral};
    friend bool operator==(const DayStats&, const DayStats&) = default;
};

// The row queries behind query_days, for EXPLAIN QUERY PLAN in tests/bench. Parameters:
// ?1, ?2 = UTC window in seconds (a day wider than the dates asked for on each side).
inline constexpr const char* spells_in_window_sql =
    "SELECT start_at, start_offset, coalesce(end_at, last_input) FROM spells "
    "WHERE coalesce(end_at, last_input) > ?1 AND start_at < ?2";
inline constexpr const char* prompts_in_window_sql =
    "SELECT opened_at, opened_offset, outcome, exercise, snoozes FROM prompts "
    "WHERE opened_at >= ?1 AND opened_at < ?2 AND closed_at IS NOT NULL";
inline constexpr const char* sessions_in_window_sql =
    "SELECT started_at, start_offset, outcome, (SELECT count(*) FROM session_items "
    "WHERE session = sessions.id AND NOT skipped AND sets_done > 0) FROM sessions "
    "WHERE started_at >= ?1 AND started_at < ?2 AND outcome IS NOT NULL";

// The first day a spell, prompt or session was recorded, a day early whatever the offset; nullopt
// for an empty history. Rest days do not count: before any sitting they change nothing.
[[nodiscard]] std::optional<core::Date> first_recorded_day(SQLite::Database& db);

// Reads day tallies and keeps what it read until a write changes it: the statistics
// window and the tray ask for days and the streak together, and on a long history both
// read all of it. Only days that hold something are kept, so the cost follows how much
// was recorded, not how long ago the first record is.
//
// days(): one entry per date in [from, to], in order; a day with no history is neutral.
// A spell is cut at day boundaries with the offset in force at its start, and each part
// counts as a spell of its day; an open spell counts up to its last known input. A prompt
// belongs to the day it first opened; an open prompt is counted once it has ended. A session
// belongs to the day it started and is counted once it has ended, if it counts for the week.
// streak(): current and best over the whole history up to `today`.
class DayHistory {
public:
    [[nodiscard]] std::vector<DayStats> days(SQLite::Database& db, core::Date from, core::Date to,
                                             const core::Rules& rules);
    [[nodiscard]] core::Streak streak(SQLite::Database& db, core::Date today,
                                      const core::Rules& rules);
    // Called after every write: a write changes only days at or after `earliest`, so the
    // tallies before it stay valid and a streak after a write re-reads just the tail.
    void forget_from(core::Date earliest);
    // How many days it keeps in memory: the days read that hold something.
    [[nodiscard]] std::size_t days_kept() const { return tallies_.size(); }

private:
    // Reads the days of [from, to] not read yet.
    void read(SQLite::Database& db, core::Date from, core::Date to,
              std::chrono::minutes day_starts_at);

    std::chrono::minutes day_starts_at_{};
    std::optional<core::Date> known_from_;  // every day of [known_from_, known_to_] was read
    core::Date known_to_{};
    std::map<core::Date, core::DayTally> tallies_;  // the days read that hold something
};

}  // namespace sitbreak::store
