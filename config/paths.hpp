#pragma once
#include <filesystem>

namespace sitbreak::config {

// $XDG_CONFIG_HOME/sitbreak/config.toml when XDG_CONFIG_HOME is an absolute path (the XDG
// spec says to ignore a relative one), else $HOME/.config/sitbreak/config.toml.
[[nodiscard]] std::filesystem::path default_config_path();
// $XDG_DATA_HOME/sitbreak/sitbreak.db, else $HOME/.local/share/sitbreak/sitbreak.db.
[[nodiscard]] std::filesystem::path default_database_path();

// exercises.toml, the user's own exercises: beside the config file.
[[nodiscard]] std::filesystem::path exercises_path(const std::filesystem::path& config_path);
// Where the shipped figures are: $SITBREAK_DATA_DIR/exercises/figures when that variable is
// an absolute path (a build tree: build/share/sitbreak), else share/sitbreak/exercises/
// figures beside the program's bin/ when there is one, else the configured
// <datadir>/sitbreak/exercises/figures.
[[nodiscard]] std::filesystem::path shipped_figure_dir();

// Creates `dir` and each missing parent with mode 0700 exactly, whatever the umask: the
// settings and the history are private (the XDG base directory spec asks the same of its
// directories). Directories that exist are left as they are. Throws
// std::filesystem::filesystem_error naming the directory that could not be made, e.g.
// when a file stands where a directory should be.
void make_private_directories(const std::filesystem::path& dir);

}  // namespace sitbreak::config
