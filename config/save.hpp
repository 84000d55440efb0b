#pragma once
// Writing config.toml: the preferences window saves through this, and the shipped
// default file is render(Settings{}).
#include <filesystem>
#include <string>

#include "config/settings.hpp"

namespace sitbreak::config {

// A complete file: every key, each under a comment with its meaning and default.
// load_string(render(s)) gives back s for every valid s.
[[nodiscard]] std::string render(const Settings& settings);

// Writes render(settings) atomically: a reader sees the old file or the new one, never a
// half. Creates missing parent directories. Throws std::runtime_error naming the path when
// it cannot write, or when the settings are invalid (then nothing is written).
void save_file(const Settings& settings, const std::filesystem::path& path);

}  // namespace sitbreak::config
