#include "tray/appindicator_library.hpp"

#include <optional>

#include "tray/windows/loaded_library.hpp"

namespace sitbreak::tray {

namespace {

// The soname of Debian 12's libayatana-appindicator3-1, which the package depends on.
constexpr const char* kSoname = "libayatana-appindicator3.so.1";

std::optional<AppIndicatorLibrary> open_library(std::string& why) {
    void* handle = load_library(kSoname, why);
    if (handle == nullptr) return std::nullopt;
    AppIndicatorLibrary library{};
    if (find_function(handle, kSoname, "app_indicator_new", library.indicator_new, why) &&
        find_function(handle, kSoname, "app_indicator_set_icon_theme_path",
                      library.set_icon_theme_path, why) &&
        find_function(handle, kSoname, "app_indicator_set_menu", library.set_menu, why) &&
        find_function(handle, kSoname, "app_indicator_set_status", library.set_status, why) &&
        find_function(handle, kSoname, "app_indicator_set_title", library.set_title, why) &&
        find_function(handle, kSoname, "app_indicator_set_icon_full", library.set_icon_full, why)) {
        return library;
    }
    ::dlclose(handle);
    return std::nullopt;
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
