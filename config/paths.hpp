#pragma once
#include <filesystem>

namespace sitbreak::config {

// $XDG_CONFIG_HOME/sitbreak/config.toml when XDG_CONFIG_HOME is an absolute path (the XDG
// spec says to ignore a relative one), else $HOME/.config/sitbreak/config.toml.
[[nodiscard]] std::filesystem::path default_config_path();
// $XDG_DATA_HOME/sitbreak/sitbreak.db, else $HOME/.local/share/sitbreak/sitbreak.db.
[[nodiscard]] std::filesystem::path default_database_path();

// Creates `dir` and each missing parent with mode 0700 exactly, whatever the umask: the
// settings and the history are private (the XDG base directory spec asks the same of its
// directories). Directories that exist are left as they are. Throws
// std::filesystem::filesystem_error naming the directory that could not be made, e.g.
// when a file stands where a directory should be.
void make_private_directories(const std::filesystem::path& dir);

}  // namespace sitbreak::config
