#pragma once
// libayatana-appindicator3, loaded when an SNI host first appears rather than at start: it
// and what it pulls in (libdbusmenu-glib/-gtk3, ayatana-ido, ayatana-indicator) are ~0.4 MiB
// of memory that a tray on a plain X11 panel (XEmbed) never uses. Once loaded it stays: the
// GObject types it registers cannot be unregistered.
#include <libayatana-appindicator/app-indicator.h>

#include <string>

namespace sitbreak::tray {

struct AppIndicatorLibrary {
    decltype(&app_indicator_new) indicator_new;
    decltype(&app_indicator_set_icon_theme_path) set_icon_theme_path;
    decltype(&app_indicator_set_menu) set_menu;
    decltype(&app_indicator_set_status) set_status;
    decltype(&app_indicator_set_title) set_title;
    decltype(&app_indicator_set_icon_full) set_icon_full;

    // The library, loaded on the first call; nullptr with the reason in `why` when it cannot
    // be loaded (not installed, or a version without one of the functions).
    static const AppIndicatorLibrary* load(std::string& why);
};

}  // namespace sitbreak::tray
