#include "config/paths.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

namespace sitbreak::config {

namespace {

namespace fs = std::filesystem;

// HOME is set in every session and systemd user service; the password database is for
// the odd environment without it.
fs::path home_directory() {
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') return home;
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 &&
        found != nullptr && found->pw_dir != nullptr) {
        return found->pw_dir;
    }
    return {};
}

// The XDG base directory in `variable` when it is absolute (the spec says to ignore a
// relative one), else `fallback` under the home directory.
fs::path xdg_base(const char* variable, const char* fallback) {
    const char* xdg = std::getenv(variable);
    if (xdg != nullptr && fs::path{xdg}.is_absolute()) return xdg;
    return home_directory() / fallback;
}

}  // namespace

fs::path default_config_path() {
    return xdg_base("XDG_CONFIG_HOME", ".config") / "sitbreak" / "config.toml";
}

fs::path default_database_path() {
    return xdg_base("XDG_DATA_HOME", ".local/share") / "sitbreak" / "sitbreak.db";
}

std::filesystem::path exercises_path(const std::filesystem::path& config_path) {
    return config_path.parent_path() / "exercises.toml";
}

std::filesystem::path shipped_figure_dir() {
    namespace fs = std::filesystem;
    const char* data = std::getenv("SITBREAK_DATA_DIR");
    if (data != nullptr && data[0] == '/') return fs::path{data} / "exercises" / "figures";
    // Beside the program first: a package built for /usr from a tree configured for
    // /usr/local still finds its own files (/usr/bin/sitbreakd -> /usr/share/sitbreak).
    std::error_code error;
    const fs::path program = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path beside = program.parent_path().parent_path() / "share" / "sitbreak";
        if (fs::is_directory(beside / "exercises" / "figures", error)) {
            return beside / "exercises" / "figures";
        }
    }
    return fs::path{SITBREAK_INSTALL_DATADIR} / "exercises" / "figures";
}

void make_private_directories(const fs::path& dir) {
    fs::path made;
    for (const fs::path& part : dir) {
        made /= part;
        if (::mkdir(made.c_str(), 0700) == 0) {
            // mkdir's mode passes through the umask; a umask of 0777 would leave 0000.
            if (::chmod(made.c_str(), 0700) == 0) continue;
        } else if (errno == EEXIST && fs::is_directory(made)) {
            continue;
        } else if (errno == EEXIST) {
            errno = ENOTDIR;
        }
        throw fs::filesystem_error("cannot create the directory", made,
                                   std::error_code{errno, std::generic_category()});
    }
}

}  // namespace sitbreak::config
