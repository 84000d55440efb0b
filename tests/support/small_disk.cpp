#include "small_disk.hpp"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace sitbreak::test {

namespace fs = std::filesystem;

std::unique_ptr<SmallDisk> SmallDisk::mount(const fs::path& at, std::size_t bytes,
                                            std::string& why_not) {
    fs::create_directories(at);
    const std::string options = "size=" + std::to_string(bytes) + ",mode=0700";
    if (::mount("sitbreak-test", at.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) {
        why_not = std::string{"cannot mount a tmpfs here: "} + std::strerror(errno);
        return nullptr;
    }
    return std::unique_ptr<SmallDisk>{new SmallDisk{at}};
}

SmallDisk::~SmallDisk() { ::umount2(at_.c_str(), MNT_DETACH); }

void SmallDisk::fill() {
    const int fd = ::open(filler().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot create " + filler().string());
    const std::vector<char> block(4096, 'x');
    // Whole blocks, then single bytes into the last partial block.
    for (std::size_t size = block.size(); size > 0; size /= 2) {
        while (::write(fd, block.data(), size) == static_cast<ssize_t>(size)) {
        }
    }
    ::close(fd);
}

void SmallDisk::give_back(std::size_t bytes) {
    const auto size = fs::file_size(filler());
    fs::resize_file(filler(), size > bytes ? size - bytes : 0);
}

std::size_t SmallDisk::free_bytes() const {
    struct statvfs info {};
    if (::statvfs(at_.c_str(), &info) != 0) return 0;
    return static_cast<std::size_t>(info.f_bavail) * info.f_frsize;
}

}  // namespace sitbreak::test
