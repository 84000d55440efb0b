#include "config/detail/file_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

#include "common/i18n.hpp"
#include "config/detail/bounds.hpp"

namespace sitbreak::config::detail {

namespace {

std::string errno_text(int error_number) {
    return std::error_code{error_number, std::generic_category()}.message();
}

// The sentence that refuses a path that is not a regular file, naming what it is.
std::string not_regular(mode_t mode) {
    if (S_ISDIR(mode)) return common::tr("is a directory, not a regular file");
    if (S_ISFIFO(mode)) return common::tr("is a FIFO (named pipe), not a regular file");
    if (S_ISCHR(mode)) return common::tr("is a character device, not a regular file");
    if (S_ISBLK(mode)) return common::tr("is a block device, not a regular file");
    if (S_ISSOCK(mode)) return common::tr("is a socket, not a regular file");
    return common::tr("is not a regular file");
}

std::string unreadable(int error_number) {
    // TRANSLATORS: after a file's name: {} the system's reason ("Permission denied").
    return common::tr_format("cannot be read: {}", errno_text(error_number));
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
        return Unreadable{unreadable(errno)};
    }
    if (!S_ISREG(before.st_mode)) return Unreadable{not_regular(before.st_mode)};
    const Fd fd{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (fd.get() < 0) {
        if (errno == ENOENT) return Missing{};
        return Unreadable{unreadable(errno)};
    }
    struct stat opened {};
    if (::fstat(fd.get(), &opened) != 0) return Unreadable{unreadable(errno)};
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
        if (got < 0) return Unreadable{unreadable(errno)};
        if (got == 0) return text;
        text.append(buffer.data(), static_cast<std::size_t>(got));
    }
    return Unreadable{common::tr_format(
        "grew past {} bytes while it was read; a config file may have at most that",
        kMaxFileBytes)};
}

}  // namespace sitbreak::config::detail
