#include "screensaver_idle.hpp"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

#include "platform/x11/idle_times.hpp"

namespace sitbreak::platform {
namespace {

using std::chrono::milliseconds;

// Input times come from the server's millisecond clock and ours: a later "last input" by
// less than this is jitter, not input. Any real input while idle is at least the threshold
// (≥ 1 s) after the previous one.
constexpr milliseconds input_jitter{250};

}  // namespace

std::unique_ptr<ScreenSaverIdle> ScreenSaverIdle::create(X11Connection& x, EventLoop& loop,
                                                         IdleListener& listener,
                                                         core::Duration threshold,
                                                         std::string& problem,
                                                         milliseconds away_check) {
    int event_base = 0;
    int error_base = 0;
    if (!XScreenSaverQueryExtension(x.display(), &event_base, &error_base)) {
        problem = "the X server has no MIT-SCREEN-SAVER extension";
        return nullptr;
    }
    std::unique_ptr<ScreenSaverIdle> idle{new ScreenSaverIdle{x, listener, threshold, away_check}};
    ScreenSaverIdle* self = idle.get();
    idle->timer_ = loop.timer([self] { self->check(); });
    idle->check_in(milliseconds{0});
    return idle;
}

ScreenSaverIdle::ScreenSaverIdle(X11Connection& x, IdleListener& listener, core::Duration threshold,
                                 milliseconds away_check)
    : x_{x},
      listener_{listener},
      threshold_{x11::threshold_ms(threshold)},
      away_check_{std::max(away_check, milliseconds{1})} {}

std::optional<milliseconds> ScreenSaverIdle::query() const {
    if (x_.lost()) return std::nullopt;
    XScreenSaverInfo info{};
    if (!XScreenSaverQueryInfo(x_.display(), DefaultRootWindow(x_.display()), &info)) {
        return std::nullopt;
    }
    return milliseconds{info.idle};
}

void ScreenSaverIdle::check_in(milliseconds delay) { timer_->arm(x11::monotonic_now() + delay); }

void ScreenSaverIdle::check() {
    const auto idle = query();
    if (!idle) return;  // the server is gone: nothing left to ask
    const auto last_input = x11::monotonic_now() - *idle;
    if (idle_ && last_input > last_input_ + input_jitter) {
        idle_ = false;
        listener_.user_active(std::chrono::floor<core::Duration>(*idle));
    } else if (!idle_ && *idle >= threshold_) {
        idle_ = true;
        last_input_ = last_input;
        listener_.user_idle(std::chrono::floor<core::Duration>(*idle));
    }
    check_in(idle_ ? away_check_ : threshold_ - *idle);
}

void ScreenSaverIdle::set_threshold(core::Duration threshold) {
    threshold_ = x11::threshold_ms(threshold);
    if (!idle_) check_in(milliseconds{0});
}

std::optional<core::Duration> ScreenSaverIdle::idle_time() {
    const auto idle = query();
    if (!idle) return std::nullopt;
    return std::chrono::floor<core::Duration>(*idle);
}

}  // namespace sitbreak::platform
