#include "tray/windows/canberra_rep_sound.hpp"

#include <canberra.h>

#include <optional>

#include "common/loaded_library.hpp"

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

std::optional<Canberra> open_canberra(std::string& why) {
    return common::load_functions<Canberra>(kSoname, why, [](auto& library, auto& functions) {
        return library.find("ca_context_create", functions.create) &&
               library.find("ca_context_destroy", functions.destroy) &&
               library.find("ca_context_change_props", functions.change_props) &&
               library.find("ca_context_set_driver", functions.set_driver) &&
               library.find("ca_context_play", functions.play) &&
               library.find("ca_strerror", functions.strerror);
    });
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
        failed("Cannot use libcanberra (" + why + ")");
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
