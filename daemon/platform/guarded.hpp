#pragma once
// sdbus-c++ 1.2 passes signal and reply handlers straight to sd-bus's C code, and at best
// catches sdbus::Error on the way; libwayland calls its listeners from C too. Any other
// exception would unwind through C frames: every such handler runs its body through
// guarded().
#include <spdlog/spdlog.h>

#include <exception>
#include <string_view>
#include <utility>

namespace sitbreak::platform {

inline void log_handler_failure(std::string_view what, const char* why) noexcept {
    spdlog::error("{}: {}", what, why);
}

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

}  // namespace sitbreak::platform
