#pragma once
// Idle on X11 from the MIT-SCREEN-SAVER extension, for servers without SYNC's IDLETIME
// counter. It can only be asked, not told, so:
// - while the user is active, one query at the earliest moment the threshold can be reached
//   (threshold − idle now); input meanwhile only moves that moment later. While typing
//   nonstop that is one wake-up per threshold.
// - while idle, a query every `away_check`: the extension sends no event at the first input
//   (ScreenSaverNotify only tells the server's own screensaver going on and off, which
//   depends on the user's `xset s` settings), so "active again" comes up to `away_check`
//   late. The user is away then: the cost is wake-ups nobody is typing through.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "platform/idle_source.hpp"
#include "platform/x11/x11_connection.hpp"

namespace sitbreak::platform {

class ScreenSaverIdle final : public IdleSource {
public:
    static constexpr std::chrono::milliseconds default_away_check{5000};

    // nullptr with a sentence in `problem` when the server lacks MIT-SCREEN-SAVER. The first
    // query runs in the loop's next iteration.
    [[nodiscard]] static std::unique_ptr<ScreenSaverIdle> create(
        X11Connection& x, EventLoop& loop, IdleListener& listener, core::Duration threshold,
        std::string& problem, std::chrono::milliseconds away_check = default_away_check);
    ScreenSaverIdle(const ScreenSaverIdle&) = delete;
    ScreenSaverIdle& operator=(const ScreenSaverIdle&) = delete;

    [[nodiscard]] std::string_view name() const override { return "x11-screensaver"; }
    void set_threshold(core::Duration threshold) override;
    [[nodiscard]] std::optional<core::Duration> idle_time() override;

private:
    ScreenSaverIdle(X11Connection& x, IdleListener& listener, core::Duration threshold,
                    std::chrono::milliseconds away_check);
    [[nodiscard]] std::optional<std::chrono::milliseconds> query() const;
    void check();
    void check_in(std::chrono::milliseconds delay);

    X11Connection& x_;
    IdleListener& listener_;
    std::chrono::milliseconds threshold_;
    std::chrono::milliseconds away_check_;
    bool idle_{false};
    // CLOCK_MONOTONIC of the last input seen while idle: a later one means the user is back.
    std::chrono::microseconds last_input_{0};
    std::unique_ptr<Timer> timer_;
};

}  // namespace sitbreak::platform
