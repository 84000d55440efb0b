#include "tray/windows/canberra_rep_sound.hpp"

#include <canberra.h>
#include <dlfcn.h>

#include <optional>

namespace sitbreak::tray {

// libcanberra's functions, looked up in the library once it is loaded.
struct Canberra {
    int (*create)(ca_context**);
    int (*destroy)(ca_context*);
    int (*change_props)(ca_context*, ...);
    int (*set_driver)(ca_context*, const char*);
    int (*play)(ca_context*, uint32_t, ...);
    const char* (*strerror)(int);
};

namespace {

// Loaded only when a tray ticks (prompt.style = "tick"): libcanberra and what it pulls in
// (libvorbisfile, libtdb, libltdl) would otherwise cost every tray ~0.3 MiB it never uses.
constexpr const char* kSoname = "libcanberra.so.0";

template <typename Function>
bool resolve(void* handle, const char* name, Function& into) {
    into = reinterpret_cast<Function>(::dlsym(handle, name));
    return into != nullptr;
}

std::optional<Canberra> open_canberra(std::string& why) {
    void* handle = ::dlopen(kSoname, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* error = ::dlerror();
        why = error != nullptr ? error : kSoname;
        return std::nullopt;
    }
    Canberra library{};
    if (resolve(handle, "ca_context_create", library.create) &&
        resolve(handle, "ca_context_destroy", library.destroy) &&
        resolve(handle, "ca_context_change_props", library.change_props) &&
        resolve(handle, "ca_context_set_driver", library.set_driver) &&
        resolve(handle, "ca_context_play", library.play) &&
        resolve(handle, "ca_strerror", library.strerror)) {
        return library;
    }
    why = std::string{kSoname} + " lacks a function sitbreak uses";
    ::dlclose(handle);
    return std::nullopt;
}

// One attempt per process, as for any library.
const Canberra* canberra(std::string& why) {
    static std::string failure;
    static const std::optional<Canberra> library = open_canberra(failure);
    why = failure;
    return library ? &*library : nullptr;
}

// A tick a second for a whole set must not fill the log: one line says sound is missing.
bool failure_logged = false;

// The freedesktop theme's shortest, quietest sound; the naming specification has no event
// for a metronome, and this one is what a volume slider clicks with.
constexpr const char* tick_event = "audio-volume-change";

}  // namespace

CanberraRepSound::CanberraRepSound(Log log, const std::string& driver) : log_{std::move(log)} {
    std::string why;
    library_ = canberra(why);
    if (library_ == nullptr) {
        failed("Cannot load " + why);
        return;
    }
    if (const int code = library_->create(&context_); code != CA_SUCCESS) {
        context_ = nullptr;
        failed("Cannot start libcanberra: " + std::string{library_->strerror(code)});
        return;
    }
    library_->change_props(context_, CA_PROP_APPLICATION_NAME, "sitbreak", CA_PROP_APPLICATION_ID,
                           "org.sitbreak.Sitbreak", nullptr);
    if (!driver.empty()) {
        if (const int code = library_->set_driver(context_, driver.c_str()); code != CA_SUCCESS) {
            failed("Cannot use the sound driver " + driver + ": " + library_->strerror(code));
        }
    }
}

CanberraRepSound::~CanberraRepSound() {
    if (context_ != nullptr) library_->destroy(context_);
}

void CanberraRepSound::play() {
    if (context_ == nullptr) return;
    const int code =
        library_->play(context_, 0, CA_PROP_EVENT_ID, tick_event, CA_PROP_EVENT_DESCRIPTION,
                       "sitbreak rep", CA_PROP_CANBERRA_CACHE_CONTROL, "permanent", nullptr);
    if (code != CA_SUCCESS) {
        failed("Cannot play the rep tick: " + std::string{library_->strerror(code)});
    }
}

void CanberraRepSound::failed(const std::string& what) {
    if (failure_logged) return;
    failure_logged = true;
    if (log_) log_(what + "; guided sets stay silent.");
}

}  // namespace sitbreak::tray
