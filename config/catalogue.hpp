#pragma once
// The exercise catalogue (DESIGN §14.1): the shipped entries (assets/exercises/
// catalogue.toml, built into the daemon) and the user's exercises.toml, which adds
// entries and overrides shipped ones by id, field by field. A bad entry is one error
// naming file:line and is left out (an override leaves the shipped entry as it was);
// the rest loads.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/exercise.hpp"
#include "common/routine.hpp"
#include "config/load.hpp"

namespace sitbreak::config {

struct Catalogue {
    std::vector<common::Exercise> exercises;  // shipped order, then the user's additions
    // The [routines.<id>] tables: a user's routine with a shipped id replaces it whole.
    std::vector<common::Routine> routines;
    std::vector<ConfigError> errors;  // in file order, shipped file first; routines' last

    [[nodiscard]] const common::Exercise* find(std::string_view id) const;
    [[nodiscard]] const common::Routine* find_routine(std::string_view id) const;
    // The ids a prompt may offer (micro = true), for prompt.exercises.
    [[nodiscard]] OfferableExercises offerable() const;
};

struct CatalogueFile {
    std::string text;
    std::string name;                  // labels errors: "catalogue.toml"
    std::filesystem::path figure_dir;  // where its relative figure names are
};

// The catalogue (the built-in one and exercises.toml beside `config_path`), then
// config.toml checked against it: prompt.exercises may name only its micro exercises.
struct Configuration {
    LoadResult config;
    Catalogue catalogue;
};
[[nodiscard]] Configuration load_configuration(const std::filesystem::path& config_path);

// The offerable id closest to a misspelt `id` ("brigdes" -> "bridges"), if any is close.
[[nodiscard]] std::optional<std::string> suggest_exercise(std::string_view id,
                                                          const OfferableExercises& offerable);

// `user` may be missing (no exercises.toml): then only the shipped entries.
[[nodiscard]] Catalogue load_catalogue(const CatalogueFile& shipped,
                                       const std::filesystem::path& user);
[[nodiscard]] Catalogue load_catalogue(const CatalogueFile& shipped, const CatalogueFile& user);

}  // namespace sitbreak::config
