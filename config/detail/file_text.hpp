#pragma once
// Private to config/: the bytes of a config file, read without trusting what is at the
// path. Only a regular file is opened (a FIFO would block the daemon for good, /dev/zero
// would fill its memory), it is opened without blocking, and at most kMaxFileBytes + 1
// bytes are read.
#include <filesystem>
#include <string>
#include <variant>

namespace sitbreak::config::detail {

struct Missing {};
struct Unreadable {
    std::string message;  // "is a FIFO (named pipe), not a regular file"
};

[[nodiscard]] std::variant<std::string, Missing, Unreadable> read_file_text(
    const std::filesystem::path& path);

}  // namespace sitbreak::config::detail
