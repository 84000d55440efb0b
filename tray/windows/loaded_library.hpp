#pragma once
// Libraries the tray loads with dlopen when it first needs them, not at start: ones that only
// some desktops or settings use would otherwise cost every tray their memory (DESIGN §12
// measures the tray against a bare wx tray app). Each stays loaded once opened.
#include <dlfcn.h>

#include <string>

namespace sitbreak::tray {

// The library `soname`, loaded now; nullptr with dlerror's reason in `why`.
[[nodiscard]] void* load_library(const char* soname, std::string& why);

// Sets `into` to the function `name` of `library`; false, with the reason in `why`, if the
// library (`soname`) has none by that name.
template <typename Function>
[[nodiscard]] bool find_function(void* library, const char* soname, const char* name,
                                 Function& into, std::string& why) {
    into = reinterpret_cast<Function>(::dlsym(library, name));
    if (into == nullptr) why = std::string{soname} + " has no " + name;
    return into != nullptr;
}

}  // namespace sitbreak::tray
