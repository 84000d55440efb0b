#pragma once
// Drives the daemon's EventLoop from a test: run it until a condition holds or time is up,
// and count how often something woke it (DESIGN §12: no wake-ups while the user types).
#include <chrono>
#include <functional>

#include "platform/event_loop.hpp"

namespace sitbreak::test {

using std::chrono::milliseconds;

class LoopRunner {
public:
    explicit LoopRunner(platform::EventLoop& loop);
    ~LoopRunner();
    LoopRunner(const LoopRunner&) = delete;
    LoopRunner& operator=(const LoopRunner&) = delete;

    // Runs the loop (sd_event_run) until `condition` holds, checking it after every
    // iteration, or until `timeout`; true if it held. Can be called again and again.
    bool run_until(const std::function<bool()>& condition, milliseconds timeout);
    // Runs the loop for `duration` and returns how many times a source woke it meanwhile.
    int run_for(milliseconds duration);
    // Wake-ups by any source but this runner's own, since construction.
    [[nodiscard]] int wakeups() const { return wakeups_; }

private:
    platform::EventLoop& loop_;
    int nudge_fd_{-1};
    platform::EventSource nudge_;
    const std::function<bool()>* condition_{nullptr};
    bool nudged_{false};
    int wakeups_{0};
};

}  // namespace sitbreak::test
