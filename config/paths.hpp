#pragma once
#include <filesystem>

namespace sitbreak::config {

// $XDG_CONFIG_HOME/sitbreak/config.toml when XDG_CONFIG_HOME is an absolute path (the XDG
// spec says to ignore a relative one), else $HOME/.config/sitbreak/config.toml.
[[nodiscard]] std::filesystem::path default_config_path();
// $XDG_DATA_HOME/sitbreak/sitbreak.db, else $HOME/.local/share/sitbreak/sitbreak.db.
[[nodiscard]] std::filesystem::path default_database_path();

}  // namespace sitbreak::config
