#pragma once
// How the history's columns hold times and ids (schema.cpp): UTC seconds since 1970,
// offsets in seconds, ids as SQLite's signed 64-bit integers.
#include <SQLiteCpp/Column.h>

#include <chrono>
#include <cstdint>

#include "core/time.hpp"

namespace sitbreak::store {

inline std::int64_t secs(core::TimePoint t) { return t.time_since_epoch().count(); }
inline std::int64_t secs(core::Duration d) { return d.count(); }
// A PromptId or SessionId.
inline std::int64_t id_of(std::uint64_t id) { return static_cast<std::int64_t>(id); }
inline core::TimePoint time_at(const SQLite::Column& column) {
    return core::TimePoint{std::chrono::seconds{column.getInt64()}};
}

}  // namespace sitbreak::store
