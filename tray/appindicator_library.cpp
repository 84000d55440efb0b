#include "tray/appindicator_library.hpp"

#include <dlfcn.h>

#include <optional>

namespace sitbreak::tray {

namespace {

// The soname of Debian 12's libayatana-appindicator3-1, which the package depends on.
constexpr const char* kSoname = "libayatana-appindicator3.so.1";

template <typename Function>
bool resolve(void* handle, const char* name, Function& into, std::string& why) {
    void* symbol = ::dlsym(handle, name);
    if (symbol == nullptr) {
        why = std::string{kSoname} + " has no " + name;
        return false;
    }
    into = reinterpret_cast<Function>(symbol);
    return true;
}

std::optional<AppIndicatorLibrary> open_library(std::string& why) {
    void* handle = ::dlopen(kSoname, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* error = ::dlerror();
        why = error != nullptr ? error : kSoname;
        return std::nullopt;
    }
    AppIndicatorLibrary library{};
    if (resolve(handle, "app_indicator_new", library.indicator_new, why) &&
        resolve(handle, "app_indicator_set_icon_theme_path", library.set_icon_theme_path, why) &&
        resolve(handle, "app_indicator_set_menu", library.set_menu, why) &&
        resolve(handle, "app_indicator_set_status", library.set_status, why) &&
        resolve(handle, "app_indicator_set_title", library.set_title, why) &&
        resolve(handle, "app_indicator_set_icon_full", library.set_icon_full, why)) {
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
