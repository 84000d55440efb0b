#include "common/loaded_library.hpp"

namespace sitbreak::common {

LoadedLibrary::LoadedLibrary(const char* soname)
    : soname_{soname}, handle_{::dlopen(soname, RTLD_NOW | RTLD_LOCAL)} {
    if (handle_ == nullptr) {
        const char* error = ::dlerror();
        why_ = error != nullptr ? error : soname_;
    }
}

LoadedLibrary::~LoadedLibrary() {
    if (handle_ != nullptr) ::dlclose(handle_);
}

}  // namespace sitbreak::common
