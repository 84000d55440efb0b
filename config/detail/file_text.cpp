#include "config/detail/file_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

#include "config/detail/bounds.hpp"

namespace sitbreak::config::detail {

namespace {

std::string errno_text(int error_number) {
    return std::error_code{error_number, std::generic_category()}.message();
}

// What a path that is not a regular file is, for the sentence that refuses it.
const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a file";
}

std::string not_regular(mode_t mode) {
    return std::string{"is "} + kind_of(mode) + ", not a regular file";
}

class Fd {
public:
    explicit Fd(int fd) : fd_{fd} {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return fd_; }

private:
    int fd_;
};

}  // namespace

std::variant<std::string, Missing, Unreadable> read_file_text(const std::filesystem::path& path) {
    // stat first, so that nothing but a regular file is ever opened (opening a device can
    // do things); fstat after, in case the path changed in between.
    struct stat before {};
    if (::stat(path.c_str(), &before) != 0) {
        if (errno == ENOENT) return Missing{};
        return Unreadable{"cannot be read: " + errno_text(errno)};
    }
    if (!S_ISREG(before.st_mode)) return Unreadable{not_regular(before.st_mode)};
    const Fd fd{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (fd.get() < 0) {
        if (errno == ENOENT) return Missing{};
        return Unreadable{"cannot be read: " + errno_text(errno)};
    }
    struct stat opened {};
    if (::fstat(fd.get(), &opened) != 0) return Unreadable{"cannot be read: " + errno_text(errno)};
    if (!S_ISREG(opened.st_mode)) return Unreadable{not_regular(opened.st_mode)};
    if (static_cast<std::uintmax_t>(opened.st_size) > kMaxFileBytes) {
        return Unreadable{too_big(static_cast<std::uintmax_t>(opened.st_size))};
    }
    std::string text;
    std::array<char, 8192> buffer{};
    // One byte past the limit tells a file that grew since fstat.
    while (text.size() <= kMaxFileBytes) {
        const ssize_t got = ::read(fd.get(), buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return Unreadable{"cannot be read: " + errno_text(errno)};
        if (got == 0) return text;
        text.append(buffer.data(), static_cast<std::size_t>(got));
    }
    return Unreadable{"grew past " + std::to_string(kMaxFileBytes) +
                      " bytes while it was read; a config file may have at most that"};
}

}  // namespace sitbreak::config::detail
