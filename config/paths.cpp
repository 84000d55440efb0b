#include "config/paths.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
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

}  // namespace sitbreak::config
