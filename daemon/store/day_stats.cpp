#include "day_stats.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/session.hpp"
#include "store/iso_time.hpp"

namespace sitbreak::store {

using namespace std::chrono;

namespace {

constexpr std::chrono::days one_day{1};

// UTC bounds that hold every row that can belong to [from, to]: a day starts at
// day_starts_at local, and local time is at most 14 h from UTC, so a day either side
// is enough. Attribution itself is done per row with the row's own offset.
struct Window {
    std::int64_t lo;
    std::int64_t hi;
};

Window utc_window(core::Date from, core::Date to, minutes day_starts_at) {
    const sys_seconds lo = from + day_starts_at - days{1};
    const sys_seconds hi = to + days{2} + day_starts_at;
    return {lo.time_since_epoch().count(), hi.time_since_epoch().count()};
}

// Reads rows through the C API: SQLiteCpp's Column copies a shared_ptr per value, which
// over a ten-year history (40 000 rows) costs more than SQLite's own work.
class Rows {
public:
    Rows(SQLite::Database& db, const char* sql) : db_{db.getHandle()} {
        const int rc = sqlite3_prepare_v2(db_, sql, -1, &statement_, nullptr);
        if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
    }
    ~Rows() { sqlite3_finalize(statement_); }
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;

    void bind(int index, std::int64_t value) { sqlite3_bind_int64(statement_, index, value); }
    bool next() {
        const int rc = sqlite3_step(statement_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw SQLite::Exception(db_, rc);
    }
    [[nodiscard]] std::int64_t integer(int column) const {
        return sqlite3_column_int64(statement_, column);
    }
    // Empty for NULL.
    [[nodiscard]] std::string_view text(int column) const {
        const auto* chars = sqlite3_column_text(statement_, column);
        if (chars == nullptr) return {};
        return {reinterpret_cast<const char*>(chars),
                static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
    }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_{nullptr};
};

// The tallies of the days in [from, to] that hold something.
class Days {
public:
    Days(core::Date from, core::Date to) : from_{from}, to_{to} {}

    core::DayTally* at(core::Date date) {
        if (date < from_ || date > to_) return nullptr;
        return &tallies_[date];
    }

    std::map<core::Date, core::DayTally> take() { return std::move(tallies_); }

private:
    core::Date from_;
    core::Date to_;
    std::map<core::Date, core::DayTally> tallies_;
};

void add_spell(core::DayTally* day, core::Duration length) {
    if (day == nullptr) return;
    day->sitting += length;
    day->longest_spell = std::max(day->longest_spell, length);
    ++day->spells;
}

void add_spells(SQLite::Database& db, Window window, minutes day_starts_at, Days& out) {
    Rows rows(db, spells_in_window_sql);
    rows.bind(1, window.lo);
    rows.bind(2, window.hi);
    while (rows.next()) {
        const core::TimePoint start{seconds{rows.integer(0)}};
        const core::Duration offset{rows.integer(1)};
        const core::TimePoint end{seconds{rows.integer(2)}};
        const core::Date first = core::day_of(start, offset, day_starts_at);
        if (end <= start) continue;
        if (first == core::day_of(end - seconds{1}, offset, day_starts_at)) {
            add_spell(out.at(first), end - start);  // the usual case, without allocating
            continue;
        }
        for (const auto& [date, length] : core::split_by_day(start, end, offset, day_starts_at)) {
            add_spell(out.at(date), length);
        }
    }
}

void count_outcome(core::DayTally& day, std::string_view outcome, std::string_view exercise) {
    if (outcome == "done") {
        day.count_done(exercise);
    } else if (outcome == "skipped") {
        ++day.skipped;
    } else if (outcome == "natural") {
        ++day.natural;
    } else if (outcome == "ignored") {
        ++day.ignored;
    }
}

void add_prompts(SQLite::Database& db, Window window, minutes day_starts_at, Days& out) {
    Rows rows(db, prompts_in_window_sql);
    rows.bind(1, window.lo);
    rows.bind(2, window.hi);
    while (rows.next()) {
        const core::TimePoint opened{seconds{rows.integer(0)}};
        const core::Duration offset{rows.integer(1)};
        core::DayTally* day = out.at(core::day_of(opened, offset, day_starts_at));
        if (day == nullptr) continue;
        ++day->prompts;
        day->snoozed += static_cast<int>(rows.integer(4));
        count_outcome(*day, rows.text(2), rows.text(3));
    }
}

void add_sessions(SQLite::Database& db, Window window, minutes day_starts_at, Days& out) {
    Rows rows(db, sessions_in_window_sql);
    rows.bind(1, window.lo);
    rows.bind(2, window.hi);
    while (rows.next()) {
        const auto outcome = core::session_outcome_from_string(rows.text(2));
        if (!outcome || !core::counts_for_week(*outcome, static_cast<int>(rows.integer(3)))) {
            continue;
        }
        const core::TimePoint started{seconds{rows.integer(0)}};
        const core::Duration offset{rows.integer(1)};
        if (core::DayTally* day = out.at(core::day_of(started, offset, day_starts_at))) {
            ++day->sessions;
        }
    }
}

void add_rest_days(SQLite::Database& db, core::Date from, core::Date to, Days& out) {
    SQLite::Statement rows(db, "SELECT date FROM rest_days WHERE date BETWEEN ?1 AND ?2");
    rows.bind(1, date_text(from));
    rows.bind(2, date_text(to));
    while (rows.executeStep()) {
        const std::optional<core::Date> date = parse_date(rows.getColumn(0).getText());
        if (!date) continue;
        if (core::DayTally* day = out.at(*date)) day->rest_day = true;
    }
}

std::map<core::Date, core::DayTally> read_tallies(SQLite::Database& db, core::Date from,
                                                  core::Date to, minutes day_starts_at) {
    const Window window = utc_window(from, to, day_starts_at);
    Days tallies(from, to);
    add_spells(db, window, day_starts_at, tallies);
    add_prompts(db, window, day_starts_at, tallies);
    add_sessions(db, window, day_starts_at, tallies);
    add_rest_days(db, from, to, tallies);
    return tallies.take();
}

}  // namespace

std::optional<core::Date> first_recorded_day(SQLite::Database& db) {
    SQLite::Statement first(db,
                            "SELECT min(t) FROM (SELECT min(start_at) AS t FROM spells "
                            "UNION ALL SELECT min(opened_at) FROM prompts "
                            "UNION ALL SELECT min(started_at) FROM sessions)");
    first.executeStep();
    if (first.getColumn(0).isNull()) return std::nullopt;
    return floor<days>(sys_seconds{seconds{first.getColumn(0).getInt64()}}) - days{1};
}

std::vector<DayStats> DayHistory::days(SQLite::Database& db, core::Date from, core::Date to,
                                       const core::Rules& rules) {
    std::vector<DayStats> out;
    if (to < from) return out;
    read(db, from, to, rules.day_starts_at);
    out.reserve(static_cast<std::size_t>((to - from).count()) + 1);
    auto known = tallies_.lower_bound(from);
    for (core::Date date = from; date <= to; date += one_day) {
        core::DayTally tally;
        if (known != tallies_.end() && known->first == date) tally = (known++)->second;
        out.push_back({date, tally, core::classify(tally, rules)});
    }
    return out;
}

core::Streak DayHistory::streak(SQLite::Database& db, core::Date today, const core::Rules& rules) {
    const std::optional<core::Date> first = first_recorded_day(db);
    if (!first || *first > today) return {};
    read(db, *first, today, rules.day_starts_at);
    std::vector<core::DayRecord> records;
    for (auto day = tallies_.lower_bound(*first); day != tallies_.end() && day->first <= today;
         ++day) {
        const core::DayStatus status = core::classify(day->second, rules);
        if (status != core::DayStatus::neutral) records.push_back({day->first, status});
    }
    return core::compute_streak(records, today);
}

void DayHistory::forget_from(core::Date earliest) {
    tallies_.erase(tallies_.lower_bound(earliest), tallies_.end());
    if (!known_from_) return;
    if (earliest <= *known_from_) {
        known_from_.reset();
    } else {
        known_to_ = std::min(known_to_, earliest - one_day);
    }
}

void DayHistory::read(SQLite::Database& db, core::Date from, core::Date to, minutes day_starts_at) {
    if (day_starts_at != day_starts_at_) {
        tallies_.clear();
        known_from_.reset();
        day_starts_at_ = day_starts_at;
    }
    // A day's tally depends only on that day's rows: read the days before and after
    // what is known, and keep the range contiguous.
    const auto add = [&](core::Date a, core::Date b) {
        if (b < a) return;
        tallies_.merge(read_tallies(db, a, b, day_starts_at));
    };
    if (!known_from_ || to < *known_from_ - one_day || from > known_to_ + one_day) {
        tallies_.clear();
        add(from, to);
        known_from_ = from;
        known_to_ = to;
        return;
    }
    add(from, *known_from_ - one_day);
    add(known_to_ + one_day, to);
    known_from_ = std::min(*known_from_, from);
    known_to_ = std::max(known_to_, to);
}

}  // namespace sitbreak::store
