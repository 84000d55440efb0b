#include "tray/windows/autostart.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

namespace fs = std::filesystem;

constexpr const char* entry_name = "sitbreak-tray.desktop";

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? value : "";
}

// The spec's "Hidden=true" and GNOME's "X-GNOME-Autostart-enabled=false" both switch an
// entry off.
bool entry_is_on(const fs::path& entry) {
    std::ifstream file{entry};
    if (!file) return false;
    for (std::string line; std::getline(file, line);) {
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false") return false;
    }
    return true;
}

bool any_system_entry(const AutostartPaths& paths) {
    for (const fs::path& entry : paths.system_entries) {
        std::error_code error;
        if (fs::exists(entry, error)) return true;
    }
    return false;
}

// The Desktop Entry spec's quoting, needed when a build directory has a space in its path.
std::string exec_value(const std::string& command) {
    if (command.find_first_of(" \t\"'\\$`") == std::string::npos) return command;
    std::string quoted = "\"";
    // Quoting escapes these with a backslash, and the string rule then doubles every
    // backslash: `"` is written \\" and `\` is written \\\\.
    for (const char c : command) {
        if (c == '\\') {
            quoted += "\\\\\\\\";
        } else {
            if (c == '"' || c == '`' || c == '$') quoted += "\\\\";
            quoted += c;
        }
    }
    return quoted + "\"";
}

std::string entry_text(const std::string& command, bool hidden) {
    std::string text =
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=sitbreak tray\n"
        "Comment=Reminds you to get up and wake your glutes after an hour of sitting\n"
        "Exec=" +
        exec_value(command) +
        "\n"
        "Icon=sitbreak\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n";
    if (hidden) text += "Hidden=true\n";
    return text;
}

[[noreturn]] void fail(const fs::path& entry, const std::string& reason) {
    // TRANSLATORS: {0} the autostart file's path, {1} why (the system's words).
    throw std::runtime_error{
        common::tr_format("Could not change {0}: {1}.", entry.string(), reason)};
}

// Through a temporary file and a rename, so a session starting meanwhile reads a whole entry.
void write_entry(const fs::path& entry, const std::string& text) {
    std::error_code error;
    fs::create_directories(entry.parent_path(), error);
    if (error) fail(entry, error.message());
    const fs::path temporary = entry.string() + ".new";
    {
        std::ofstream file{temporary, std::ios::trunc};
        file << text;
        if (!file.flush()) fail(entry, common::tr_format("cannot write {}", temporary.string()));
    }
    fs::rename(temporary, entry, error);
    if (error) fail(entry, error.message());
}

}  // namespace

AutostartPaths autostart_paths() {
    AutostartPaths paths;
    fs::path config_home = environment("XDG_CONFIG_HOME");
    if (!config_home.is_absolute()) config_home = fs::path{environment("HOME")} / ".config";
    paths.user_entry = config_home / "autostart" / entry_name;
    std::string dirs = environment("XDG_CONFIG_DIRS");
    if (dirs.empty()) dirs = "/etc/xdg";
    std::istringstream list{dirs};
    for (std::string dir; std::getline(list, dir, ':');) {
        if (fs::path{dir}.is_absolute()) {
            paths.system_entries.push_back(fs::path{dir} / "autostart" / entry_name);
        }
    }
    return paths;
}

bool autostart_enabled(const AutostartPaths& paths) {
    std::error_code error;
    if (fs::exists(paths.user_entry, error)) return entry_is_on(paths.user_entry);
    for (const fs::path& entry : paths.system_entries) {
        if (fs::exists(entry, error)) return entry_is_on(entry);
    }
    return false;
}

void set_autostart(const AutostartPaths& paths, bool enabled, const std::string& command) {
    if (enabled || any_system_entry(paths)) {
        write_entry(paths.user_entry, entry_text(command, !enabled));
        return;
    }
    std::error_code error;
    fs::remove(paths.user_entry, error);
    if (error) fail(paths.user_entry, error.message());
}

std::string autostart_command() {
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error && self.filename() == "sitbreak-tray") return self.string();
    return "sitbreak-tray";
}

}  // namespace sitbreak::tray
