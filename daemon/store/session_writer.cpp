#include "session_writer.hpp"

#include <SQLiteCpp/Statement.h>

#include <stdexcept>

#include "store/iso_time.hpp"
#include "store/sql_values.hpp"

namespace sitbreak::store {

namespace {

void write(SQLite::Database& db, const core::SessionStarted& e, core::Duration offset) {
    SQLite::Statement insert(
        db,
        "INSERT INTO sessions (id, routine, started_at, start_offset) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (id) DO NOTHING");
    insert.bind(1, id_of(e.id));
    insert.bind(2, e.routine);
    insert.bind(3, secs(e.at));
    insert.bind(4, offset.count());
    insert.exec();
}

void write(SQLite::Database& db, const core::SessionItem& e, core::Duration) {
    SQLite::Statement upsert(
        db,
        "INSERT INTO session_items (session, position, exercise, sets_asked, amount_asked, "
        "sets_done, amount_done, skipped, ended_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (session, position) DO UPDATE SET exercise = excluded.exercise, "
        "ended_at = excluded.ended_at, "
        "sets_asked = excluded.sets_asked, amount_asked = excluded.amount_asked, "
        "sets_done = excluded.sets_done, amount_done = excluded.amount_done, "
        "skipped = excluded.skipped");
    upsert.bind(1, id_of(e.session));
    upsert.bind(2, static_cast<std::int64_t>(e.position));
    upsert.bind(3, e.exercise);
    upsert.bind(4, static_cast<std::int64_t>(e.sets_asked));
    upsert.bind(5, static_cast<std::int64_t>(e.amount_asked));
    upsert.bind(6, static_cast<std::int64_t>(e.sets_done));
    upsert.bind(7, static_cast<std::int64_t>(e.amount_done));
    upsert.bind(8, e.skipped ? 1 : 0);
    upsert.bind(9, secs(e.at));
    upsert.exec();
}

void write(SQLite::Database& db, const core::SessionEnded& e, core::Duration offset) {
    // The first end stands: a repeated FinishSession changes nothing.
    SQLite::Statement end(db,
                          "UPDATE sessions SET ended_at = ?2, end_offset = ?3, outcome = ?4 "
                          "WHERE id = ?1 AND ended_at IS NULL");
    end.bind(1, id_of(e.id));
    end.bind(2, secs(e.at));
    end.bind(3, offset.count());
    end.bind(4, std::string{core::to_string(e.outcome)});
    end.exec();
}

void write(SQLite::Database& db, const core::SessionSuggested& e, core::Duration) {
    SQLite::Statement upsert(
        db,
        "INSERT INTO suggestions (date, at, answer) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (date) DO UPDATE SET at = excluded.at, answer = excluded.answer");
    upsert.bind(1, date_text(e.day));
    upsert.bind(2, secs(e.at));
    upsert.bind(3, std::string{core::to_string(e.answer)});
    upsert.exec();
}

void write(SQLite::Database& db, const core::StepChanged& e, core::Duration) {
    SQLite::Statement upsert(
        db,
        "INSERT INTO steps (routine, exercise, step, since, at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (routine, exercise) DO UPDATE SET step = excluded.step, "
        "since = excluded.since, at = excluded.at");
    upsert.bind(1, e.routine);
    upsert.bind(2, e.exercise);
    upsert.bind(3, e.step);
    upsert.bind(4, id_of(e.since));
    upsert.bind(5, secs(e.at));
    upsert.exec();
}

constexpr std::uint32_t kMostOfAnything = 24 * 3600;  // sets, reps or seconds of one item

}  // namespace

void apply(SQLite::Database& db, const core::ProgrammeEvent& event, core::Duration utc_offset) {
    std::visit([&](const auto& e) { write(db, e, utc_offset); }, event);
}

void check_programme_event(const core::ProgrammeEvent& event) {
    if (const auto* started = std::get_if<core::SessionStarted>(&event)) {
        if (started->routine.empty()) throw std::invalid_argument("a session names its routine");
    }
    if (const auto* step = std::get_if<core::StepChanged>(&event)) {
        if (step->routine.empty() || step->exercise.empty()) {
            throw std::invalid_argument("a step names its routine and exercise");
        }
    }
    if (const auto* item = std::get_if<core::SessionItem>(&event)) {
        if (item->exercise.empty()) throw std::invalid_argument("a session item names its exercise");
        for (std::uint32_t n : {item->sets_asked, item->amount_asked, item->sets_done,
                                item->amount_done}) {
            if (n > kMostOfAnything) throw std::invalid_argument("a session item's count is too large");
        }
    }
}

void recover_sessions(SQLite::Database& db) {
    db.exec(
        "UPDATE sessions SET outcome = 'stopped', end_offset = start_offset, "
        "ended_at = max(started_at, coalesce((SELECT max(ended_at) FROM session_items "
        "WHERE session = sessions.id), 0)) WHERE ended_at IS NULL");
}

core::SessionId next_session_id(SQLite::Database& db) {
    return static_cast<core::SessionId>(
        db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM sessions").getInt64());
}

int SessionRecord::items_done() const {
    int done = 0;
    for (const core::SessionItem& item : items) done += item.skipped || item.sets_done == 0 ? 0 : 1;
    return done;
}

bool SessionRecord::counts_for_week() const {
    return outcome && core::counts_for_week(*outcome, items_done());
}

std::vector<SessionRecord> sessions_between(SQLite::Database& db, core::TimePoint from,
                                            core::TimePoint to) {
    std::vector<SessionRecord> sessions;
    SQLite::Statement row(db,
                          "SELECT id, routine, started_at, start_offset, ended_at, outcome "
                          "FROM sessions WHERE started_at >= ?1 AND started_at < ?2 "
                          "ORDER BY started_at, id");
    row.bind(1, secs(from));
    row.bind(2, secs(to));
    while (row.executeStep()) {
        SessionRecord session;
        session.id = static_cast<core::SessionId>(row.getColumn(0).getInt64());
        session.routine = row.getColumn(1).getString();
        session.started = time_at(row.getColumn(2));
        session.start_offset = core::Duration{row.getColumn(3).getInt64()};
        if (!row.getColumn(4).isNull()) session.ended = time_at(row.getColumn(4));
        session.outcome = core::session_outcome_from_string(row.getColumn(5).getString());
        sessions.push_back(std::move(session));
    }
    SQLite::Statement item(db,
                           "SELECT position, exercise, sets_asked, amount_asked, sets_done, "
                           "amount_done, skipped, ended_at FROM session_items WHERE session = ?1 "
                           "ORDER BY position");
    for (SessionRecord& session : sessions) {
        item.bind(1, id_of(session.id));
        while (item.executeStep()) {
            const auto count = [&](int column) {
                return static_cast<std::uint32_t>(item.getColumn(column).getInt64());
            };
            session.items.push_back({session.id, time_at(item.getColumn(7)), count(0),
                                     item.getColumn(1).getString(),
                                     count(2), count(3), count(4), count(5),
                                     item.getColumn(6).getInt() != 0});
        }
        item.reset();
    }
    return sessions;
}

ExerciseStep step_of(SQLite::Database& db, const std::string& routine, const std::string& exercise) {
    SQLite::Statement row(db, "SELECT step, since FROM steps WHERE routine = ?1 AND exercise = ?2");
    row.bind(1, routine);
    row.bind(2, exercise);
    if (!row.executeStep()) return {};
    return {row.getColumn(0).getInt(),
            static_cast<core::SessionId>(row.getColumn(1).getInt64())};
}

std::vector<bool> full_doses(SQLite::Database& db, const std::string& routine,
                             const std::string& exercise, core::SessionId since) {
    SQLite::Statement row(
        db,
        "SELECT i.sets_asked, i.amount_asked, i.sets_done, i.amount_done, i.skipped "
        "FROM session_items i JOIN sessions s ON s.id = i.session "
        "WHERE s.routine = ?1 AND i.exercise = ?2 AND s.id > ?3 AND s.outcome IS NOT NULL "
        "ORDER BY s.started_at, s.id, i.position");
    row.bind(1, routine);
    row.bind(2, exercise);
    row.bind(3, id_of(since));
    std::vector<bool> doses;
    while (row.executeStep()) {
        core::SessionItem item;
        item.sets_asked = static_cast<std::uint32_t>(row.getColumn(0).getInt64());
        item.amount_asked = static_cast<std::uint32_t>(row.getColumn(1).getInt64());
        item.sets_done = static_cast<std::uint32_t>(row.getColumn(2).getInt64());
        item.amount_done = static_cast<std::uint32_t>(row.getColumn(3).getInt64());
        item.skipped = row.getColumn(4).getInt() != 0;
        doses.push_back(item.full_dose());
    }
    return doses;
}

std::optional<core::SuggestionAnswer> suggestion_on(SQLite::Database& db, core::Date day) {
    SQLite::Statement row(db, "SELECT answer FROM suggestions WHERE date = ?1");
    row.bind(1, date_text(day));
    if (!row.executeStep()) return std::nullopt;
    const std::string answer = row.getColumn(0).getString();
    if (answer == "started") return core::SuggestionAnswer::started;
    if (answer == "declined") return core::SuggestionAnswer::declined;
    return core::SuggestionAnswer::open;
}

}  // namespace sitbreak::store
