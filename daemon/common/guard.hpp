#pragma once
// sdbus-c++ 1.2 passes signal and reply handlers straight to sd-bus's C code, and at best
// catches sdbus::Error on the way; libwayland and GTK call their callbacks from C too. Any
// other exception would unwind through C frames: such a handler runs its body through
// guarded_by(), which hands what failed to `log` (spdlog in the daemon, wxLog in the tray).
#include <exception>
#include <string_view>
#include <utility>

namespace sitbreak::common {

template <typename Log, typename Body>
void guarded_by(Log&& log, std::string_view what, Body&& body) noexcept {
    try {
        std::forward<Body>(body)();
    } catch (const std::exception& error) {
        log(what, error.what());
    } catch (...) {
        log(what, "unknown exception");
    }
}

}  // namespace sitbreak::common
