#include "x11_idle.hpp"

#include <spdlog/spdlog.h>

#include "platform/x11/screensaver_idle.hpp"
#include "platform/x11/xsync_idle.hpp"

namespace sitbreak::platform {

IdleProbe open_x11_idle(X11Connection& x, EventLoop& loop, IdleListener& listener,
                        core::Duration threshold) {
    IdleProbe probe;
    std::string sync_problem;
    if ((probe.source = XSyncIdle::create(x, loop, listener, threshold, sync_problem)))
        return probe;
    std::string saver_problem;
    probe.source = ScreenSaverIdle::create(x, loop, listener, threshold, saver_problem);
    if (probe.source) {
        spdlog::info("{}; asking the screen saver extension instead", sync_problem);
    } else {
        probe.problem =
            "cannot tell idle time on this X server: " + sync_problem + ", and " + saver_problem;
    }
    return probe;
}

}  // namespace sitbreak::platform
