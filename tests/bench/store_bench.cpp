// Times what `sitbreak stats --days 3650` costs the daemon on a ten-year history
// (DESIGN §12, budget 50 ms): Store::open + days(3650 days) + streak() + weekly_streak(),
// wall clock, best and median of several runs, with the query plans of the row queries.
// Not a pass/fail test: it prints figures.
//
//   store_bench [--db FILE] [--runs N] [--keep]
// Without --db it writes the history to a temporary file first (and removes it unless
// --keep). With --db FILE and FILE missing, the history is written there.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <stdlib.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "history_generator.hpp"
#include "store/day_stats.hpp"
#include "store/store.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono;
using Clock = steady_clock;
using sitbreak::core::Date;

constexpr Date last_day = sys_days{2025y / December / 31};
constexpr int span_days = 3650;

double ms(Clock::duration d) { return duration<double, std::milli>(d).count(); }

// CPU time of this process, to tell our cost from a busy machine's queueing.
double cpu_ms() {
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

enum Phase { open_phase, days_phase, streak_phase, weekly_phase, total_phase, phases };
constexpr const char* phase_names[phases] = {"Store::open", "days(3650 days)", "streak()",
                                             "weekly_streak()", "all four"};

struct Samples {
    std::vector<double> wall[phases], cpu[phases];
};

void run_once(const fs::path& db, Samples* samples) {
    const sitbreak::core::Rules rules;
    double wall[phases + 1], cpu[phases + 1];
    const auto mark = [&, t0 = Clock::now()](int i) {
        wall[i] = ms(Clock::now() - t0);
        cpu[i] = cpu_ms();
    };
    mark(0);
    const sitbreak::store::Store store = sitbreak::store::Store::open(db);
    mark(1);
    const auto days = store.days(last_day - Date::duration{span_days - 1}, last_day, rules);
    mark(2);
    const auto streak = store.streak(last_day, rules);
    mark(3);
    // What the daemon reads at every start and every change of the day: the programme's
    // weeks over the whole history, after the days were read.
    const auto weekly = store.weekly_streak(last_day, rules, sitbreak::core::Programme{});
    mark(4);
    if (days.size() != span_days || streak.best <= 0 || weekly.best <= 0) {
        std::fprintf(stderr, "store_bench: unexpected result\n");
        std::exit(1);
    }
    if (samples == nullptr) return;
    for (int p = open_phase; p < total_phase; ++p) {
        samples->wall[p].push_back(wall[p + 1] - wall[p]);
        samples->cpu[p].push_back(cpu[p + 1] - cpu[p]);
    }
    samples->wall[total_phase].push_back(wall[4] - wall[0]);
    samples->cpu[total_phase].push_back(cpu[4] - cpu[0]);
}

double best(const std::vector<double>& values) {
    return *std::min_element(values.begin(), values.end());
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void print_plan(SQLite::Database& db, const char* label, const char* sql, std::int64_t lo,
                std::int64_t hi) {
    SQLite::Statement plan(db, std::string{"EXPLAIN QUERY PLAN "} + sql);
    plan.bind(1, lo);
    plan.bind(2, hi);
    std::printf("  %s:\n", label);
    while (plan.executeStep()) std::printf("    %s\n", plan.getColumn(3).getText());
}

void print_schema_facts(const fs::path& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    std::printf("indexes (schema v%d):\n", db.execAndGet("PRAGMA user_version").getInt());
    // replace() puts each multi-line CREATE INDEX of the schema on one line.
    SQLite::Statement indexes(db,
                              "SELECT name, coalesce(replace(replace(sql, char(10), ' '), '    ', "
                              "''), '(automatic: ' || tbl_name || ' key)') FROM sqlite_master "
                              "WHERE type = 'index' ORDER BY tbl_name, name");
    while (indexes.executeStep()) {
        std::printf("  %-28s %s\n", indexes.getColumn(0).getText(), indexes.getColumn(1).getText());
    }
    const std::int64_t hi = (sys_seconds{last_day} + days{2}).time_since_epoch().count();
    const std::int64_t lo_all = hi - std::int64_t{span_days + 3} * 86400;
    const std::int64_t lo_week = hi - 10 * 86400;
    std::printf("query plans:\n");
    using sitbreak::store::prompts_in_window_sql;
    using sitbreak::store::spells_in_window_sql;
    print_plan(db, "spells, 3650 days", spells_in_window_sql, lo_all, hi);
    print_plan(db, "spells, last week", spells_in_window_sql, lo_week, hi);
    print_plan(db, "prompts, 3650 days", prompts_in_window_sql, lo_all, hi);
    print_plan(db, "prompts, last week", prompts_in_window_sql, lo_week, hi);
    using sitbreak::store::sessions_in_window_sql;
    print_plan(db, "sessions, 3650 days", sessions_in_window_sql, lo_all, hi);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path db;
    int runs = 11;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--keep") == 0) {
            keep = true;
        } else {
            std::fprintf(stderr, "usage: store_bench [--db FILE] [--runs N] [--keep]\n");
            return 2;
        }
    }
    fs::path temp_dir;
    if (db.empty()) {
        std::string pattern = (fs::temp_directory_path() / "sitbreak-bench-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) return 1;
        temp_dir = pattern;
        db = temp_dir / "sitbreak.db";
    }
    if (!fs::exists(db)) {
        const auto t0 = Clock::now();
        const auto counts = sitbreak::bench::write_history(db, {last_day});
        std::printf(
            "wrote %s: %d days, %d spells, %d prompts, %d rest days, %d sessions in %.0f ms\n",
            db.c_str(), counts.days, counts.spells, counts.prompts, counts.rest_days,
            counts.sessions, ms(Clock::now() - t0));
    }
    std::printf("database %s, %.1f MiB\n", db.c_str(),
                static_cast<double>(fs::file_size(db)) / (1 << 20));
    run_once(db, nullptr);  // warm the page cache: the daemon's file is hot too
    Samples samples;
    for (int i = 0; i < runs; ++i) run_once(db, &samples);
    std::printf("%d runs, ms                 wall best  wall median  cpu median\n", runs);
    for (int p = open_phase; p < phases; ++p) {
        std::printf("  %-22s %10.2f %12.2f %11.2f\n", phase_names[p], best(samples.wall[p]),
                    median(samples.wall[p]), median(samples.cpu[p]));
    }
    std::printf("budget 50 ms (median wall of all four): %s\n",
                median(samples.wall[total_phase]) <= 50.0 ? "within" : "OVER");
    print_schema_facts(db);
    if (!keep && !temp_dir.empty()) fs::remove_all(temp_dir);
    return 0;
}
