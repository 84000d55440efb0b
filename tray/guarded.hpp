#pragma once
// sdbus-c++ 1.2 calls signal and reply handlers from sd-bus's C code and catches only
// sdbus::Error on the way; GTK calls menu callbacks from C. No other exception may unwind
// through C frames: every such handler runs its body through guarded().
#include <exception>
#include <string_view>
#include <utility>

namespace sitbreak::tray {

// Logs what failed (to stderr through wxLog when wx is up) and swallows it.
void log_handler_failure(std::string_view what, const char* why) noexcept;

template <typename Body>
void guarded(std::string_view what, Body&& body) noexcept {
    try {
        std::forward<Body>(body)();
    } catch (const std::exception& error) {
        log_handler_failure(what, error.what());
    } catch (...) {
        log_handler_failure(what, "unknown exception");
    }
}

}  // namespace sitbreak::tray
