#pragma once
// Idle on X11 from the SYNC extension's IDLETIME counter (ms since the last input), with
// two server-side alarms, so that keys do not wake the daemon (DESIGN §9, §13): "went idle"
// is an absolute positive-transition alarm at the threshold; "active again" a
// negative-transition alarm at 1 ms whose events are on only while idle. While active it
// also reads the counter once per threshold, in case the idle alarm never comes. A third,
// positive-transition alarm at the pause length has events on only while a prompt waits
// for a pause in typing (watch_pause), and turns them off when it fires.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "platform/idle_source.hpp"
#include "platform/x11/x11_connection.hpp"

namespace sitbreak::platform {

class XSyncIdle final : public IdleSource {
public:
    // nullptr with a sentence in `problem` when the server lacks SYNC or its IDLETIME
    // counter. The first report comes from the loop's next iteration: if the user is already
    // idle past the threshold (a transition alarm would never fire), user_idle then.
    [[nodiscard]] static std::unique_ptr<XSyncIdle> create(X11Connection& x, EventLoop& loop,
                                                           IdleListener& listener,
                                                           core::Duration threshold,
                                                           std::string& problem);
    ~XSyncIdle() override;
    XSyncIdle(const XSyncIdle&) = delete;
    XSyncIdle& operator=(const XSyncIdle&) = delete;

    [[nodiscard]] std::string_view name() const override { return "x11-xsync"; }
    void set_threshold(core::Duration threshold) override;
    [[nodiscard]] std::optional<core::Duration> idle_time() override;
    bool watch_pause(std::optional<core::Duration> pause) override;

private:
    using XId = unsigned long;  // XSyncCounter, XSyncAlarm

    XSyncIdle(X11Connection& x, IdleListener& listener, core::Duration threshold, int event_base,
              XId counter);
    bool on_event(XEvent& event);
    [[nodiscard]] std::optional<std::chrono::milliseconds> query() const;
    void arm_idle_alarm();
    void set_active_alarm(bool enabled);
    void went_idle(std::chrono::milliseconds idle);
    void went_active();
    void check_now();

    X11Connection& x_;
    IdleListener& listener_;
    std::chrono::milliseconds threshold_;
    int event_base_;
    XId counter_;
    XId idle_alarm_{0};
    XId active_alarm_{0};
    XId pause_alarm_{0};
    std::optional<std::chrono::milliseconds> pause_;  // while the pause alarm's events are on
    bool idle_{false};
    bool started_{false};  // the first look at the counter is done
    X11Connection::Subscription subscription_;
    std::unique_ptr<Timer> check_;  // the counter, read once per threshold while active
};

}  // namespace sitbreak::platform
