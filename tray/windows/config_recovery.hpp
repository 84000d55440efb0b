#pragma once
// Opening config.toml for editing. The daemon throws a broken file away whole (it keeps its
// last good settings); the preferences window instead keeps every key that is fine and
// shows the defaults for the broken ones, and says which ones those are.
#include <filesystem>
#include <vector>

#include "config/load.hpp"

namespace sitbreak::tray {

struct EditableConfig {
    config::Settings settings;  // good keys from the file, defaults for the rest
    // Everything wrong with the file, in line order; empty when it was fine or missing.
    std::vector<config::ConfigError> errors;
    [[nodiscard]] bool broken() const { return !errors.empty(); }
};

[[nodiscard]] EditableConfig load_for_editing(const std::filesystem::path& path);

}  // namespace sitbreak::tray
