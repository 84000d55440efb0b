#pragma once
// Idle on GNOME (Wayland and X11): GNOME Shell's org.gnome.Mutter.IdleMonitor. An idle
// watch at the threshold says "idle"; a one-shot user-active watch, added each time the
// idle watch fires, says "active again". Nothing polls.
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "platform/idle_source.hpp"

namespace sdbus {
class IConnection;
class IProxy;
}  // namespace sdbus

namespace sitbreak::client {
class NameWatch;
}  // namespace sitbreak::client

namespace sitbreak::platform {

class MutterIdle final : public IdleSource {
public:
    // A source, or a sentence saying why GNOME's idle monitor cannot be used.
    [[nodiscard]] static IdleProbe create(sdbus::IConnection& session, IdleListener& listener,
                                          core::Duration threshold);
    ~MutterIdle() override;

    [[nodiscard]] std::string_view name() const override { return "mutter"; }
    void set_threshold(core::Duration threshold) override;
    [[nodiscard]] std::optional<core::Duration> idle_time() override;
    // An idle watch at the pause length, removed once it fires or is no longer wanted.
    bool watch_pause(std::optional<core::Duration> pause) override;

private:
    MutterIdle(std::unique_ptr<sdbus::IProxy> proxy, IdleListener& listener,
               core::Duration threshold);
    void watch(sdbus::IConnection& session);
    void add_idle_watch();
    void add_active_watch();
    void check_already_idle();
    void on_watch_fired(std::uint32_t id);
    void went_idle(core::Duration idle_for);

    std::unique_ptr<sdbus::IProxy> proxy_;
    IdleListener& listener_;
    core::Duration threshold_;
    std::uint32_t idle_watch_{0};    // 0 while being (re)added
    std::uint32_t active_watch_{0};  // 0 unless the user is idle
    std::uint32_t pause_watch_{0};   // 0 while being added or when none is wanted
    std::optional<core::Duration> pause_;
    bool idle_{false};
    bool shell_present_{true};                // create() just talked to it
    std::unique_ptr<client::NameWatch> shell_watch_;  // last: its callbacks use everything above
};

}  // namespace sitbreak::platform
