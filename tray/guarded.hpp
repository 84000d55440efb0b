#pragma once
// The tray's guarded(): a failure in a handler called from C (sd-bus's replies and signals,
// GTK's menu callbacks; see platform/guard.hpp) is logged through wxLog.
#include <string_view>
#include <utility>

#include "common/guard.hpp"

namespace sitbreak::tray {

// Logs what failed (to stderr through wxLog when wx is up) and swallows it.
void log_handler_failure(std::string_view what, const char* why) noexcept;

template <typename Body>
void guarded(std::string_view what, Body&& body) noexcept {
    common::guarded_by(log_handler_failure, what, std::forward<Body>(body));
}

}  // namespace sitbreak::tray
