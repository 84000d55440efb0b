#include "tray/program_path.hpp"

#include <unistd.h>

#include <array>
#include <string_view>

namespace sitbreak::tray {

std::string program_path() {
    std::array<char, 4096> link{};
    const ssize_t length = ::readlink("/proc/self/exe", link.data(), link.size() - 1);
    if (length <= 0) return {};
    std::string path{link.data(), static_cast<std::size_t>(length)};
    constexpr std::string_view deleted{" (deleted)"};
    if (path.ends_with(deleted)) path.resize(path.size() - deleted.size());
    return path;
}

}  // namespace sitbreak::tray
