#include "tray/windows/canberra_rep_sound.hpp"

#include <canberra.h>

namespace sitbreak::tray {

namespace {

// A tick a second for a whole set must not fill the log: one line says sound is missing.
bool failure_logged = false;

// The freedesktop theme's shortest, quietest sound; the naming specification has no event
// for a metronome, and this one is what a volume slider clicks with.
constexpr const char* tick_event = "audio-volume-change";

}  // namespace

CanberraRepSound::CanberraRepSound(Log log, const std::string& driver) : log_{std::move(log)} {
    if (const int code = ca_context_create(&context_); code != CA_SUCCESS) {
        context_ = nullptr;
        failed("Cannot start libcanberra", code);
        return;
    }
    ca_context_change_props(context_, CA_PROP_APPLICATION_NAME, "sitbreak", CA_PROP_APPLICATION_ID,
                            "org.sitbreak.Sitbreak", nullptr);
    if (!driver.empty()) {
        if (const int code = ca_context_set_driver(context_, driver.c_str()); code != CA_SUCCESS) {
            failed("Cannot use the sound driver " + driver, code);
        }
    }
}

CanberraRepSound::~CanberraRepSound() {
    if (context_ != nullptr) ca_context_destroy(context_);
}

void CanberraRepSound::play() {
    if (context_ == nullptr) return;
    const int code =
        ca_context_play(context_, 0, CA_PROP_EVENT_ID, tick_event, CA_PROP_EVENT_DESCRIPTION,
                        "sitbreak rep", CA_PROP_CANBERRA_CACHE_CONTROL, "permanent", nullptr);
    if (code != CA_SUCCESS) failed("Cannot play the rep tick", code);
}

void CanberraRepSound::failed(const std::string& what, int code) {
    if (failure_logged) return;
    failure_logged = true;
    if (log_) log_(what + ": " + ca_strerror(code) + "; guided sets stay silent.");
}

}  // namespace sitbreak::tray
