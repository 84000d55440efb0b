#include "loop_runner.hpp"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <systemd/sd-event.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>

namespace sitbreak::test {

LoopRunner::LoopRunner(platform::EventLoop& loop) : loop_{loop} {
    nudge_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (nudge_fd_ < 0) throw std::runtime_error{"eventfd failed"};
    // The condition is checked before every sleep, after the other sources' own
    // before-sleep steps (the X connection drains Xlib's queue there, and that may be what
    // makes the condition true); if it holds, the eventfd makes this very sleep end at once.
    nudge_ = loop_.watch_fd(
        nudge_fd_, EPOLLIN,
        [this] {
            std::uint64_t count = 0;
            [[maybe_unused]] auto got = ::read(nudge_fd_, &count, sizeof count);
            nudged_ = true;
        },
        [this] {
            if (condition_ && (*condition_)()) {
                const std::uint64_t one = 1;
                [[maybe_unused]] auto put = ::write(nudge_fd_, &one, sizeof one);
            }
        });
    // Lowest priority: sd-event runs before-sleep steps in priority order.
    sd_event_source_set_priority(nudge_.get(), SD_EVENT_PRIORITY_IDLE);
}

LoopRunner::~LoopRunner() {
    nudge_ = {};
    ::close(nudge_fd_);
}

bool LoopRunner::run_until(const std::function<bool()>& condition, milliseconds timeout) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + timeout;
    sd_event* event = sd_event_source_get_event(nudge_.get());
    condition_ = &condition;
    bool held = condition();
    while (!held) {
        const auto left =
            std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
        if (left.count() <= 0) break;
        nudged_ = false;
        const int dispatched = sd_event_run(event, static_cast<std::uint64_t>(left.count()));
        if (dispatched < 0) throw std::runtime_error{"sd_event_run failed"};
        if (dispatched > 0 && !nudged_) ++wakeups_;
        held = condition();
    }
    condition_ = nullptr;
    return held;
}

int LoopRunner::run_for(milliseconds duration) {
    const int before = wakeups_;
    run_until([] { return false; }, duration);
    return wakeups_ - before;
}

}  // namespace sitbreak::test
