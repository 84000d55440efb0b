#pragma once
// Idle on wlroots and KDE Wayland: the compositor's ext-idle-notify-v1. It says "idled"
// after the threshold without input and "resumed" at the next input; it cannot be asked
// for the idle time. The display's fd is one more source on the daemon's loop.
#include <optional>
#include <string_view>

#include "platform/event_loop.hpp"
#include "platform/idle_source.hpp"

struct wl_display;
struct wl_registry;
struct wl_seat;
struct ext_idle_notifier_v1;
struct ext_idle_notification_v1;

namespace sitbreak::platform {

class WaylandIdle final : public IdleSource {
public:
    // A source, or a sentence saying why there is none (no Wayland session, or a
    // compositor without ext-idle-notify-v1, such as GNOME's: use "mutter" there).
    [[nodiscard]] static IdleProbe create(EventLoop& loop, IdleListener& listener,
                                          core::Duration threshold);
    ~WaylandIdle() override;
    WaylandIdle(const WaylandIdle&) = delete;
    WaylandIdle& operator=(const WaylandIdle&) = delete;

    [[nodiscard]] std::string_view name() const override { return "wayland"; }
    void set_threshold(core::Duration threshold) override;
    [[nodiscard]] std::optional<core::Duration> idle_time() override { return std::nullopt; }

    // Called from the protocol's C listeners.
    void on_global(wl_registry* registry, unsigned name, std::string_view interface,
                   unsigned version);
    void on_idled();
    void on_resumed();

private:
    WaylandIdle(wl_display* display, IdleListener& listener, core::Duration threshold);
    void subscribe();
    void read_and_dispatch();
    void flush();
    void stop(std::string_view why);

    wl_display* display_;
    IdleListener& listener_;
    core::Duration threshold_;
    wl_registry* registry_{nullptr};
    wl_seat* seat_{nullptr};
    ext_idle_notifier_v1* notifier_{nullptr};
    ext_idle_notification_v1* notification_{nullptr};
    bool idle_{false};
    bool lost_{false};  // the connection broke; the source is disabled
    EventSource source_;
};

}  // namespace sitbreak::platform
