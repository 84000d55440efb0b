#pragma once
// A realistic long history for benchmarks: about 8 spells and 8 prompts per working
// day, weekends mostly empty, holidays, a trip abroad each year, some rest days, mixed
// answers, European DST, and activation sessions on about three desk days a week. Same
// seed, same file.
#include <filesystem>

#include "core/time.hpp"

namespace sitbreak::bench {

struct HistoryShape {
    core::Date last_day;
    int years{10};
    unsigned seed{2026};
};

struct HistoryCounts {
    int days{0};
    int spells{0};
    int prompts{0};
    int rest_days{0};
    int sessions{0};  // activation sessions of five items, about three a week
};

// Creates the database with the store's own schema (Store::open), then fills it in one
// transaction through SQL: the Store's one-fsync-per-event path would take an hour.
HistoryCounts write_history(const std::filesystem::path& db, const HistoryShape& shape);

}  // namespace sitbreak::bench
