#pragma once
// Private to config/: one [routines.<id>] table of a catalogue file, checked and turned into
// a Routine. Its exercises are checked once every file is in (a user's routine may use the
// user's own exercise): resolve_items.
#include <toml++/toml.h>

#include <string>
#include <variant>
#include <vector>

#include "common/exercise.hpp"
#include "common/routine.hpp"
#include "config/detail/exercise_entry.hpp"

namespace sitbreak::config::detail {

struct RoutineEntry {
    common::Routine routine;
    struct Item {
        int line{0};
        std::optional<common::Dose::Unit> unit;  // the dose's unit when the item gives one
    };
    std::vector<Item> items;  // beside routine.items, for what resolve_items checks
};

[[nodiscard]] std::variant<RoutineEntry, EntryError> read_routine_entry(const std::string& id,
                                                                        const toml::node& node);

// Checks that each item's exercise is in `exercises` (with a did-you-mean) and that its dose
// is in that exercise's unit, and gives items without a dose the exercise's own.
[[nodiscard]] std::optional<EntryError> resolve_items(
    RoutineEntry& entry, const std::vector<common::Exercise>& exercises);

}  // namespace sitbreak::config::detail
