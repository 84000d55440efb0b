#include "platform/clock.hpp"

#include <spdlog/spdlog.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "platform/event_loop.hpp"

namespace sitbreak::platform {

namespace {

std::chrono::nanoseconds read(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return std::chrono::seconds{now.tv_sec} + std::chrono::nanoseconds{now.tv_nsec};
}

}  // namespace

ClockReading read_steady_clocks() { return {read(CLOCK_BOOTTIME), read(CLOCK_MONOTONIC)}; }

// A CLOCK_REALTIME timer set for the far future with TFD_TIMER_CANCEL_ON_SET: the kernel
// cancels it, and makes its fd readable, whenever the clock is set. It never fires
// otherwise, so it costs no wake-up.
class SystemClock::StepWatch {
public:
    StepWatch(EventLoop& loop, std::function<void()> stepped) : stepped_{std::move(stepped)} {
        fd_ = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
        if (fd_ < 0 || !arm()) {
            spdlog::warn(
                "cannot watch the clock for steps ({}); they are noticed at the next "
                "wake-up instead",
                std::strerror(errno));
            return;
        }
        source_ = loop.watch_fd(fd_, EPOLLIN, [this] { on_ready(); });
    }
    ~StepWatch() {
        source_ = {};
        if (fd_ >= 0) close(fd_);
    }
    StepWatch(const StepWatch&) = delete;
    StepWatch& operator=(const StepWatch&) = delete;

private:
    bool arm() {
        // Ten years on: it never fires, and it is armed afresh at every step.
        constexpr time_t kTenYears = 10L * 366 * 24 * 3600;
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        itimerspec never{};
        never.it_value.tv_sec = now.tv_sec + kTenYears;
        return timerfd_settime(fd_, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &never, nullptr) ==
               0;
    }
    void on_ready() {
        std::uint64_t expirations = 0;
        // ECANCELED is the news: the clock was set. The timer must be armed again.
        if (::read(fd_, &expirations, sizeof expirations) < 0 && errno != ECANCELED) return;
        arm();
        if (stepped_) stepped_();
    }

    int fd_{-1};
    std::function<void()> stepped_;
    EventSource source_;
};

SystemClock::SystemClock(EventLoop& loop) : loop_{loop} {}

SystemClock::~SystemClock() = default;

std::chrono::system_clock::time_point SystemClock::wall() const {
    return std::chrono::system_clock::now();
}

std::unique_ptr<Alarm> SystemClock::alarm(std::function<void()> fire) {
    return loop_.timer(std::move(fire));
}

void SystemClock::on_wall_step(std::function<void()> stepped) {
    steps_.reset();
    if (stepped) steps_ = std::make_unique<StepWatch>(loop_, std::move(stepped));
}

}  // namespace sitbreak::platform
