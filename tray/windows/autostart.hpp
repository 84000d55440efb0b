#pragma once
// "Start the tray when I log in": an XDG autostart entry, sitbreak-tray.desktop, in the
// user's $XDG_CONFIG_HOME/autostart. A system-wide entry (a package may install one in
// $XDG_CONFIG_DIRS/autostart) is overridden by a user entry with Hidden=true, as the XDG
// Autostart spec says, since the user cannot delete it.
#include <filesystem>
#include <string>
#include <vector>

namespace sitbreak::tray {

struct AutostartPaths {
    std::filesystem::path user_entry;                   // where we write
    std::vector<std::filesystem::path> system_entries;  // where a package may have put one
};

// From $XDG_CONFIG_HOME (else ~/.config) and $XDG_CONFIG_DIRS (else /etc/xdg).
[[nodiscard]] AutostartPaths autostart_paths();

[[nodiscard]] bool autostart_enabled(const AutostartPaths& paths);

// Writes or hides/removes the user entry. `command` is the Exec line. Throws
// std::runtime_error naming the file when it cannot.
void set_autostart(const AutostartPaths& paths, bool enabled, const std::string& command);

// This program's path when it is sitbreak-tray (so a build outside PATH still starts),
// else "sitbreak-tray".
[[nodiscard]] std::string autostart_command();

}  // namespace sitbreak::tray
