#include "temp_dir.hpp"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace sitbreak::test {

TempDir::TempDir(std::string_view prefix) {
    const char* base = std::getenv("TMPDIR");
    std::string pattern =
        std::string{base && *base ? base : "/tmp"} + "/sitbreak-" + std::string{prefix} + "-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error{"cannot make a temporary directory " + pattern + ": " +
                                 std::strerror(errno)};
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    // Never throw from a destructor: a directory left behind is better than a terminate().
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

void write_file(const std::filesystem::path& file, std::string_view content,
                std::filesystem::perms mode) {
    {
        std::ofstream out{file, std::ios::binary | std::ios::trunc};
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (!out.flush()) throw std::runtime_error{"cannot write " + file.string()};
    }
    std::filesystem::permissions(file, mode);
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in{file, std::ios::binary};
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace sitbreak::test
