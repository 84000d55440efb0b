#pragma once
// A popup that appears under a moving pointer catches clicks meant for the window below
// (peers.md: reflex clicks on postpone buttons). Clicks count only once the popup's
// content has stood still for a moment.
#include <chrono>

namespace sitbreak::tray {

class ClickGuard {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds default_quiet{500};

    explicit ClickGuard(std::chrono::milliseconds quiet = default_quiet) : quiet_{quiet} {}

    // The content appeared or changed at `now`: clicks before now + quiet are ignored.
    void arm(Clock::time_point now) { armed_at_ = now; }
    [[nodiscard]] bool accepts(Clock::time_point now) const { return now - armed_at_ >= quiet_; }

private:
    std::chrono::milliseconds quiet_;
    Clock::time_point armed_at_{};
};

}  // namespace sitbreak::tray
