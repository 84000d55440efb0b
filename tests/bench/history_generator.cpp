#include "history_generator.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <random>

#include "store/iso_time.hpp"
#include "store/store.hpp"

namespace sitbreak::bench {

using namespace std::chrono;

namespace {

constexpr std::int64_t cet = 3600, cest = 7200, new_york = -5 * 3600;  // seconds east of UTC

core::Date last_sunday(year y, month m) { return sys_days{y / m / Sunday[last]}; }

// Berlin's offset on `date`, ignoring the hour of the switch, and one week in New York
// every autumn: enough variety to exercise per-row offsets.
std::int64_t offset_on(core::Date date) {
    const year_month_day ymd{date};
    const core::Date trip = sys_days{ymd.year() / October / 10};
    if (date >= trip && date < trip + days{7}) return new_york;
    const bool summer =
        date >= last_sunday(ymd.year(), March) && date < last_sunday(ymd.year(), October);
    return summer ? cest : cet;
}

bool on_holiday(core::Date date) {
    const year_month_day ymd{date};
    const core::Date summer = sys_days{ymd.year() / August / 1};
    const core::Date christmas = sys_days{ymd.year() / December / 23};
    return (date >= summer && date < summer + days{14}) || date >= christmas;
}

class Writer {
public:
    Writer(SQLite::Database& db, unsigned seed)
        : rng_{seed},
          spell_{db,
                 "INSERT INTO spells (start_at, start_offset, end_at, end_offset, end_reason, "
                 "last_input) VALUES (?1, ?2, ?3, ?2, ?4, ?3)"},
          prompt_{db,
                  "INSERT INTO prompts (id, opened_at, opened_offset, closed_at, "
                  "closed_offset, outcome, exercise, snoozes, unprompted) "
                  "VALUES (?1, ?2, ?3, ?4, ?3, ?5, ?6, ?7, 0)"},
          rest_{db, "INSERT INTO rest_days (date) VALUES (?1)"},
          session_{db,
                   "INSERT INTO sessions (id, routine, started_at, start_offset, ended_at, "
                   "end_offset, outcome) VALUES (?1, 'medius_wake_up', ?2, ?3, ?4, ?3, ?5)"},
          item_{db,
                "INSERT INTO session_items (session, position, ended_at, exercise, sets_asked, "
                "amount_asked, sets_done, amount_done, skipped) "
                "VALUES (?1, ?2, ?3, 'clamshells', 1, 12, ?4, ?5, ?6)"} {}

    void day(core::Date date, HistoryCounts& counts) {
        const std::int64_t offset = offset_on(date);
        const bool weekday = weekday_of(date) >= 1 && weekday_of(date) <= 5;
        if (chance(2)) {
            bind_exec(rest_, store::date_text(date));
            ++counts.rest_days;
        }
        const bool desk = weekday && !on_holiday(date);
        if (!desk && !chance(12)) return;
        const int spells = desk ? between(6, 10) : between(1, 2);
        // Start between 08:00 and 09:30 local, then spells of 25-80 min with 6-25 min breaks.
        std::int64_t t = (sys_seconds{date} + hours{8}).time_since_epoch().count() - offset +
                         between(0, 90) * 60;
        for (int i = 0; i < spells; ++i) {
            const std::int64_t length = between(25, 80) * 60;
            spell(t, offset, length);
            ++counts.spells;
            prompt(t + std::min<std::int64_t>(length - 300, 55 * 60), offset);
            ++counts.prompts;
            t += length + between(6, 25) * 60;
        }
        if (desk && chance(60)) {
            activation_session(t, offset);
            ++counts.sessions;
        }
    }

private:
    int weekday_of(core::Date date) { return static_cast<int>(weekday{date}.c_encoding()); }
    bool chance(int percent) { return between(0, 99) < percent; }
    int between(int lo, int hi) { return std::uniform_int_distribution<>(lo, hi)(rng_); }

    template <typename... Values>
    void bind_exec(SQLite::Statement& statement, const Values&... values) {
        int index = 0;
        (bind_one(statement, ++index, values), ...);
        statement.exec();
        statement.reset();
    }
    static void bind_one(SQLite::Statement& s, int i, std::int64_t v) { s.bind(i, v); }
    static void bind_one(SQLite::Statement& s, int i, int v) { s.bind(i, v); }
    static void bind_one(SQLite::Statement& s, int i, const std::string& v) { s.bind(i, v); }
    static void bind_one(SQLite::Statement& s, int i, const char* v) {
        if (v == nullptr) {
            s.bind(i);
        } else {
            s.bind(i, v);
        }
    }

    void spell(std::int64_t start, std::int64_t offset, std::int64_t length) {
        const int draw = between(0, 99);
        const char* reason = draw < 75 ? "idle" : draw < 97 ? "lock" : "sleep";
        bind_exec(spell_, start, offset, start + length, reason);
    }

    void prompt(std::int64_t opened, std::int64_t offset) {
        const int draw = between(0, 99);
        const char* outcome = draw < 62   ? "done"
                              : draw < 77 ? "natural"
                              : draw < 90 ? "skipped"
                                          : "ignored";
        const char* exercise = nullptr;
        if (draw < 62) exercise = chance(60) ? "bridges" : "squeeze";
        const int snooze_draw = between(0, 99);
        const int snoozes = snooze_draw < 70 ? 0 : snooze_draw < 90 ? 1 : snooze_draw < 97 ? 2 : 3;
        const std::int64_t closed = opened + snoozes * 600 + between(20, 120);
        bind_exec(prompt_, ++next_id_, opened, offset, closed, outcome, exercise, snoozes);
    }

    // Five items of about a minute and a half; one in ten stopped, one item in eight skipped.
    void activation_session(std::int64_t started, std::int64_t offset) {
        const std::int64_t id = ++next_session_;
        for (int position = 0; position < 5; ++position) {
            const bool skipped = chance(12);
            bind_exec(item_, id, position, started + (position + 1) * 90, skipped ? 0 : 1,
                      skipped ? 0 : 12, skipped ? 1 : 0);
        }
        bind_exec(session_, id, started, offset, started + 450, chance(10) ? "stopped" : "done");
    }

    std::mt19937 rng_;
    SQLite::Statement spell_, prompt_, rest_, session_, item_;
    std::int64_t next_session_{0};
    std::int64_t next_id_{0};
};

}  // namespace

HistoryCounts write_history(const std::filesystem::path& path, const HistoryShape& shape) {
    std::filesystem::remove(path);
    { const store::Store created = store::Store::open(path); }
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA synchronous = OFF");  // a bulk load: one transaction, nothing to lose
    HistoryCounts counts;
    {
        SQLite::Transaction transaction(db);
        Writer writer(db, shape.seed);
        const year_month_day end{shape.last_day};
        const core::Date first =
            sys_days{(end.year() - years{shape.years}) / end.month() / end.day()} + days{1};
        for (core::Date date = first; date <= shape.last_day; date += days{1}) {
            writer.day(date, counts);
            ++counts.days;
        }
        transaction.commit();
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return counts;
}

}  // namespace sitbreak::bench
