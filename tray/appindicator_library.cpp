#include "tray/appindicator_library.hpp"

#include <optional>

#include "common/loaded_library.hpp"

namespace sitbreak::tray {

namespace {

// The soname of Debian 12's libayatana-appindicator3-1, which the package depends on.
constexpr const char* kSoname = "libayatana-appindicator3.so.1";

std::optional<AppIndicatorLibrary> open_library(std::string& why) {
    return common::load_functions<AppIndicatorLibrary>(kSoname, why, [](auto& library, auto& functions) {
        return library.find("app_indicator_new", functions.indicator_new) &&
               library.find("app_indicator_set_icon_theme_path", functions.set_icon_theme_path) &&
               library.find("app_indicator_set_menu", functions.set_menu) &&
               library.find("app_indicator_set_status", functions.set_status) &&
               library.find("app_indicator_set_title", functions.set_title) &&
               library.find("app_indicator_set_icon_full", functions.set_icon_full);
    });
}

}  // namespace

const AppIndicatorLibrary* AppIndicatorLibrary::load(std::string& why) {
    // One attempt per process: a library installed later needs a new tray, as any library would.
    static std::string failure;
    static const std::optional<AppIndicatorLibrary> library = open_library(failure);
    why = failure;
    return library ? &*library : nullptr;
}

}  // namespace sitbreak::tray
