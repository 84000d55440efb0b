#include "config/save.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <string_view>
#include <system_error>

#include "config/detail/key_table.hpp"
#include "config/load.hpp"
#include "config/paths.hpp"

namespace sitbreak::config {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view header =
    "# sitbreak settings. Every key is listed with its default: delete a line to go back to\n"
    "# the default. Durations are text with units h, m, s in that order: \"45s\", \"10m\",\n"
    "# \"1h30m\". Check the file with: sitbreakd --check-config\n";

[[noreturn]] void fail(const fs::path& path, const std::string& reason) {
    throw std::runtime_error("Could not save the settings to " + path.string() + ": " + reason +
                             ".");
}

[[noreturn]] void fail_errno(const fs::path& path) {
    fail(path, std::error_code{errno, std::generic_category()}.message());
}

// A temporary file next to the target, removed unless it was renamed over the target:
// rename(2) within one directory is atomic, so readers see the old file or the new one.
class TempFile {
public:
    explicit TempFile(const fs::path& target) : target_{target} {
        name_ = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
        fd_ = ::mkstemp(name_.data());
        if (fd_ < 0) fail_errno(target_);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!renamed_) ::unlink(name_.c_str());
    }

    void write(std::string_view text) {
        while (!text.empty()) {
            const ssize_t written = ::write(fd_, text.data(), text.size());
            if (written < 0 && errno == EINTR) continue;
            if (written < 0) fail_errno(target_);
            text.remove_prefix(static_cast<std::size_t>(written));
        }
    }

    // mkstemp makes the file 0600; keep the mode of the file we replace, or the usual 0644.
    void copy_mode() {
        struct stat old {};
        const mode_t mode = ::stat(target_.c_str(), &old) == 0 ? old.st_mode & 07777 : 0644;
        if (::fchmod(fd_, mode) != 0) fail_errno(target_);
    }

    void commit() {
        // The data must be on disk before the name points at it, or a crash can leave an
        // empty config.toml behind.
        if (::fsync(fd_) != 0) fail_errno(target_);
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) fail_errno(target_);
        if (::rename(name_.c_str(), target_.c_str()) != 0) fail_errno(target_);
        renamed_ = true;
    }

private:
    fs::path target_;
    std::string name_;
    int fd_ = -1;
    bool renamed_ = false;
};

// Dotfile managers often make config.toml a symlink: replace the file it points to and
// keep the link.
fs::path resolve_target(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    if (error) fail(path, error.message());
    if (!fs::is_symlink(fs::symlink_status(absolute, error))) return absolute;
    fs::path target = fs::weakly_canonical(absolute, error);
    if (error) fail(path, error.message());
    return target;
}

}  // namespace

std::string render(const Settings& settings) {
    std::string text{header};
    std::string_view section;
    for (const detail::KeyDescriptor& key : detail::key_table()) {
        if (key.section() != section) {
            section = key.section();
            text += "\n[" + std::string{section} + "]\n";
        } else {
            text += "\n";
        }
        text += "# " + std::string{key.info.help} +
                "\n# Default: " + std::string{key.info.default_text} + "\n";
        text += std::string{key.leaf()} + " = " + key.write(settings) + "\n";
    }
    return text;
}

void save_file(const Settings& settings, const std::filesystem::path& path) {
    const std::string text = render(settings);
    // Never write a file the daemon would reject (an empty exercise list, overlapping hours):
    // it would keep its old settings and the user would not know why.
    const LoadResult check = load_string(text, path.string());
    if (!check.ok())
        fail(path, "the settings are invalid: " + check.errors.front().key + ": " +
                       check.errors.front().message);
    const fs::path target = resolve_target(path);
    try {
        make_private_directories(target.parent_path());
    } catch (const fs::filesystem_error& error) {
        fail(path, error.code().message() + " (" + error.path1().string() + ")");
    }
    TempFile temp{target};
    temp.write(text);
    temp.copy_mode();
    temp.commit();
}

}  // namespace sitbreak::config
