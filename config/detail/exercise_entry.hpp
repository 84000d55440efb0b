#pragma once
// Private to config/: one [id] table of a catalogue file, checked and turned into an
// Exercise. A table for an id already loaded overrides only the fields it gives.
#include <filesystem>
#include <string>
#include <variant>

#include <toml++/toml.h>

#include "common/exercise.hpp"

namespace sitbreak::config::detail {

struct EntryError {
    int line{0};
    std::string key;  // "band_walk.reps", or the id when the entry as a whole is wrong
    std::string message;
};

// `base`: the entry this one overrides, or nullptr for a new one (which must then give
// every required field). Relative figure names are looked up in `figure_dir`.
[[nodiscard]] std::variant<common::Exercise, EntryError> read_exercise_entry(
    const std::string& id, const toml::node& node, const common::Exercise* base,
    const std::filesystem::path& figure_dir);

}  // namespace sitbreak::config::detail
