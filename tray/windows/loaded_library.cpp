#include "tray/windows/loaded_library.hpp"

namespace sitbreak::tray {

void* load_library(const char* soname, std::string& why) {
    void* library = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        const char* error = ::dlerror();
        why = error != nullptr ? error : soname;
    }
    return library;
}

}  // namespace sitbreak::tray
