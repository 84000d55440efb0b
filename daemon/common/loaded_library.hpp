#pragma once
// Libraries loaded with dlopen when first needed, not at start: ones that only some desktops
// or settings use would otherwise cost every tray and daemon their memory (DESIGN §12
// measures both). Each stays loaded once its functions are in.
#include <dlfcn.h>

#include <optional>
#include <string>

namespace sitbreak::common {

// One library, opened now, to look its functions up. Closed again when it goes, unless
// keep() was called (its functions are in use: they stay for the process's life).
class LoadedLibrary {
public:
    explicit LoadedLibrary(const char* soname);
    ~LoadedLibrary();
    LoadedLibrary(const LoadedLibrary&) = delete;
    LoadedLibrary& operator=(const LoadedLibrary&) = delete;

    // Sets `into` to the function `name`; false, with why() saying so, when the library
    // could not be opened or has none by that name.
    template <typename Function>
    [[nodiscard]] bool find(const char* name, Function& into) {
        if (handle_ == nullptr) return false;
        into = reinterpret_cast<Function>(::dlsym(handle_, name));
        if (into == nullptr) why_ = soname_ + " has no " + name;
        return into != nullptr;
    }
    void keep() { handle_ = nullptr; }
    // Why it could not be opened, or the first function it lacks.
    [[nodiscard]] const std::string& why() const { return why_; }

private:
    std::string soname_;
    void* handle_{nullptr};
    std::string why_;
};

// The functions of `soname` that `find_all(library, functions)` looks up (each with
// library.find), kept loaded for the process when all were found; else nullopt and `why`.
template <typename Functions, typename FindAll>
[[nodiscard]] std::optional<Functions> load_functions(const char* soname, std::string& why,
                                                      FindAll find_all) {
    LoadedLibrary library{soname};
    Functions functions{};
    if (!find_all(library, functions)) {
        why = library.why();
        return std::nullopt;
    }
    library.keep();
    return functions;
}

}  // namespace sitbreak::common
