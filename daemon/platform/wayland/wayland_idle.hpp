#pragma once
// Idle on Wayland compositors other than GNOME's, through ext-idle-notify-v1 ("wayland")
// or org_kde_kwin_idle ("kde-idle"): one watch at the threshold says "idled" and, after
// that, "resumed". Neither protocol can be asked for the idle time, so two short watches
// fill in: at start a 1-ms one whose first "resumed" is the first input (a compositor
// says "resumed" only after "idled", and a user typing when the daemon starts has not
// been idle for break_after), and after each return a 1-s one that tells, while a new
// spell waits for its confirmation, whether input went on. Both are short-lived: their
// events come at every pause in typing. The display's fd is one more loop source.
#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

#include "platform/event_loop.hpp"
#include "platform/idle_source.hpp"
#include "platform/wayland/idle_protocols.hpp"

struct wl_display;
struct wl_registry;

namespace sitbreak::platform {

class WaylandIdle final : public IdleSource, private IdleWatchListener {
public:
    // A source, or a sentence saying why there is none (no Wayland session, or a
    // compositor without the protocol, such as GNOME's: use "mutter" there).
    [[nodiscard]] static IdleProbe create(EventLoop& loop, IdleListener& listener,
                                          core::Duration threshold,
                                          IdleProtocol protocol = IdleProtocol::ext_idle_notify);
    ~WaylandIdle() override;
    WaylandIdle(const WaylandIdle&) = delete;
    WaylandIdle& operator=(const WaylandIdle&) = delete;

    [[nodiscard]] std::string_view name() const override;
    void set_threshold(core::Duration threshold) override;
    // While the 1-s watch runs, to the second; nullopt otherwise.
    [[nodiscard]] std::optional<core::Duration> idle_time() override;
    // A third watch at the pause length, while a prompt waits for a pause in typing. Its
    // timer starts when it is made, so a pause already under way counts from then.
    bool watch_pause(std::optional<core::Duration> pause) override;

    // Called from the registry's C listener.
    void on_global(wl_registry* registry, unsigned name, std::string_view interface,
                   unsigned version);

private:
    using Clock = std::chrono::steady_clock;
    WaylandIdle(wl_display* display, IdleListener& listener, core::Duration threshold,
                IdleProtocol protocol);
    [[nodiscard]] std::unique_ptr<IdleWatch> watch(std::chrono::milliseconds timeout);
    void idled(const IdleWatch& watch) override;
    void resumed(const IdleWatch& watch) override;
    void went_active();
    void went_idle();
    void read_and_dispatch();
    void flush();
    void stop(std::string_view why);

    wl_display* display_;
    IdleListener& listener_;
    core::Duration threshold_;
    IdleProtocol protocol_;
    wl_registry* registry_{nullptr};
    wl_seat* seat_{nullptr};
    wl_proxy* manager_{nullptr};
    std::unique_ptr<IdleWatch> at_threshold_;
    std::unique_ptr<IdleWatch> first_input_;        // until the first input after start
    std::unique_ptr<IdleWatch> recent_;             // for break_after after each return
    std::unique_ptr<IdleWatch> pause_;              // while a prompt waits for a pause
    std::optional<core::Duration> pause_length_;
    std::optional<Clock::time_point> quiet_since_;  // the 1-s watch's last input
    Clock::time_point active_since_{};
    bool idle_{true};   // away until input is seen, as the service starts
    bool lost_{false};  // the connection broke; the source is disabled
    EventSource source_;
};

}  // namespace sitbreak::platform
