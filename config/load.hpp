#pragma once
// Reading and checking config.toml. A file with any error yields the defaults plus every
// error found; the daemon then keeps its last good settings and reports the errors.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "config/settings.hpp"

namespace sitbreak::config {

// A file with more errors than this reports these and one line "N more errors not shown".
inline constexpr std::size_t kMaxErrorsReported = 20;
// Longer keys are cut in messages (with "…").
inline constexpr std::size_t kMaxKeyShown = 80;

struct ConfigError {
    std::string file;     // as given to the loader
    int line{0};          // 1-based; 0 when the error is about the whole file
    std::string key;      // dotted, e.g. "prompt.snooze"; empty for syntax and file errors
    std::string message;  // one sentence, no trailing period
    // `config.toml:7: prompt.snooze: expected a duration like "10m", got 10`, on one line
    // with control characters escaped.
    [[nodiscard]] std::string to_string() const;
    friend bool operator==(const ConfigError&, const ConfigError&) = default;
};

struct LoadResult {
    Settings settings;                // the defaults whenever errors is not empty
    std::vector<ConfigError> errors;  // in file order
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

// The ids prompt.exercises may name: the catalogue's micro-exercises. Empty: the caller
// does not know the catalogue, and any well-formed id passes.
using OfferableExercises = std::vector<std::string>;

// A missing file gives the defaults and no error: an unconfigured user is not a mistake.
// Anything but a regular file (a FIFO, a device, a directory) and a file over 64 KiB are
// errors; nothing here blocks.
[[nodiscard]] LoadResult load_file(const std::filesystem::path& path,
                                   const OfferableExercises& offerable = {});

// `file_name` only labels the errors. Text past the bounds in detail/bounds.hpp (a line of
// 4096 bytes, a key of 16 dotted parts, values nested 16 deep) is an error naming its line.
[[nodiscard]] LoadResult load_string(std::string_view text, std::string file_name,
                                     const OfferableExercises& offerable = {});

}  // namespace sitbreak::config
