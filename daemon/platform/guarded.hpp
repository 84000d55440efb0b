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

template <typename Body>
void guarded(std::string_view what, Body&& body) noexcept {
    try {
        std::forward<Body>(body)();
    } catch (const std::exception& error) {
        spdlog::error("{}: {}", what, error.what());
    } catch (...) {
        spdlog::error("{}: unknown exception", what);
    }
}

}  // namespace sitbreak::platform
