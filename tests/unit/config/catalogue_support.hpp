#pragma once
// Helpers shared by the catalogue tests: the shipped catalogue with its figures in the
// source tree, a user's exercises.toml beside it, and errors as the user reads them.
#include <filesystem>
#include <string>
#include <vector>

#include "config/catalogue.hpp"
#include "config/shipped_catalogue.hpp"

namespace sitbreak::config::test {

inline const std::filesystem::path& shipped_figures() {
    static const std::filesystem::path figures{SITBREAK_FIGURES_DIR};
    return figures;
}

inline CatalogueFile shipped() {
    return {std::string{shipped_catalogue_text()}, "catalogue.toml", shipped_figures()};
}

// The shipped catalogue with `text` as the user's exercises.toml (in /home/u).
inline Catalogue with_user(std::string text) {
    return load_catalogue(shipped(), CatalogueFile{std::move(text), "exercises.toml", "/home/u"});
}

inline std::vector<std::string> errors_of(const Catalogue& catalogue) {
    std::vector<std::string> out;
    for (const ConfigError& error : catalogue.errors) out.push_back(error.to_string());
    return out;
}

}  // namespace sitbreak::config::test
