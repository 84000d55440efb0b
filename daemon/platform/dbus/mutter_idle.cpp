#include "mutter_idle.hpp"

#include <sdbus-c++/Error.h>
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/Message.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <string>
#include <utility>

#include "client/name_watch.hpp"
#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

constexpr const char* service = "org.gnome.Mutter.IdleMonitor";
constexpr const char* path = "/org/gnome/Mutter/IdleMonitor/Core";
constexpr const char* interface = "org.gnome.Mutter.IdleMonitor";
// The shell answers from its main loop; a slow answer is better treated as no answer
// than as a frozen daemon.
constexpr auto probe_timeout = std::chrono::milliseconds{1000};
constexpr auto query_timeout = std::chrono::milliseconds{250};
constexpr auto call_timeout = std::chrono::seconds{5};

std::uint64_t to_ms(core::Duration d) {
    return static_cast<std::uint64_t>(std::chrono::milliseconds{d}.count());
}

}  // namespace

IdleProbe MutterIdle::create(sdbus::IConnection& session, IdleListener& listener,
                             core::Duration threshold) {
    try {
        auto proxy = sdbus::createProxy(session, service, path);
        // The probe doubles as the first idle watch. A watch that cannot be added now
        // means no GNOME Shell (or a shell too old for the interface).
        std::uint32_t id = 0;
        proxy->callMethod("AddIdleWatch")
            .onInterface(interface)
            .withArguments(to_ms(threshold))
            .withTimeout(probe_timeout)
            .storeResultsTo(id);
        std::unique_ptr<MutterIdle> source{new MutterIdle{std::move(proxy), listener, threshold}};
        source->idle_watch_ = id;
        source->watch(session);
        return {std::move(source), {}};
    } catch (const sdbus::Error& error) {
        if (error.getName() == "org.freedesktop.DBus.Error.ServiceUnknown" ||
            error.getName() == "org.freedesktop.DBus.Error.NameHasNoOwner") {
            return {nullptr,
                    "GNOME's idle monitor (org.gnome.Mutter.IdleMonitor) is not on the session "
                    "bus: this is not a GNOME session"};
        }
        return {nullptr,
                "GNOME's idle monitor (org.gnome.Mutter.IdleMonitor) did not accept an "
                "idle watch: " +
                    error.getMessage()};
    } catch (const std::exception& error) {
        return {nullptr, std::string{"cannot use GNOME's idle monitor: "} + error.what()};
    }
}

MutterIdle::MutterIdle(std::unique_ptr<sdbus::IProxy> proxy, IdleListener& listener,
                       core::Duration threshold)
    : proxy_{std::move(proxy)}, listener_{listener}, threshold_{threshold} {}

MutterIdle::~MutterIdle() = default;

void MutterIdle::watch(sdbus::IConnection& session) {
    // The shell sends WatchFired to the watch's owner only.
    proxy_->registerSignalHandler(interface, "WatchFired", [this](sdbus::Signal& signal) {
        guarded("WatchFired", [&] {
            std::uint32_t id = 0;
            signal >> id;
            on_watch_fired(id);
        });
    });
    proxy_->finishRegistration();
    // Watches die with the shell; a restarted shell (X11 Alt+F2 r) needs them again.
    shell_watch_ = std::make_unique<client::NameWatch>(
        session, service,
        [this](bool owned) {
            if (owned == shell_present_) return;
            shell_present_ = owned;
            if (!owned) {
                spdlog::warn("GNOME Shell's idle monitor left the session bus");
                idle_watch_ = active_watch_ = 0;
                return;
            }
            spdlog::info("GNOME Shell's idle monitor is back: watching again");
            add_idle_watch();
            if (idle_) add_active_watch();
        },
        &log_handler_failure);
    check_already_idle();
}

void MutterIdle::set_threshold(core::Duration threshold) {
    if (threshold == threshold_) return;
    threshold_ = threshold;
    if (idle_watch_ != 0) {
        proxy_->callMethod("RemoveWatch")
            .onInterface(interface)
            .withArguments(idle_watch_)
            .dontExpectReply();
    }
    add_idle_watch();
}

std::optional<core::Duration> MutterIdle::idle_time() {
    // A short synchronous call: status asks rarely, and an old answer is worse.
    try {
        std::uint64_t ms = 0;
        proxy_->callMethod("GetIdletime")
            .onInterface(interface)
            .withTimeout(query_timeout)
            .storeResultsTo(ms);
        return std::chrono::duration_cast<core::Duration>(
            std::chrono::milliseconds{static_cast<std::int64_t>(ms)});
    } catch (const sdbus::Error& error) {
        spdlog::debug("GetIdletime: {}", error.getMessage());
        return std::nullopt;
    }
}

void MutterIdle::add_idle_watch() {
    idle_watch_ = 0;  // a WatchFired for the old watch is now ignored
    proxy_->callMethodAsync("AddIdleWatch")
        .onInterface(interface)
        .withArguments(to_ms(threshold_))
        .withTimeout(call_timeout)
        .uponReplyInvoke([this](const sdbus::Error* error, std::uint32_t id) {
            guarded("AddIdleWatch", [&] {
                if (error) {
                    spdlog::error("GNOME's idle monitor refused an idle watch: {}",
                                  error->getMessage());
                    return;
                }
                idle_watch_ = id;
            });
        });
}

bool MutterIdle::watch_pause(std::optional<core::Duration> pause) {
    if (pause == pause_) return true;
    pause_ = pause;
    if (pause_watch_ != 0) {
        proxy_->callMethod("RemoveWatch")
            .onInterface(interface)
            .withArguments(std::exchange(pause_watch_, 0))
            .dontExpectReply();
    }
    if (!pause) return true;
    proxy_->callMethodAsync("AddIdleWatch")
        .onInterface(interface)
        .withArguments(to_ms(*pause))
        .withTimeout(call_timeout)
        .uponReplyInvoke([this, wanted = *pause](const sdbus::Error* error, std::uint32_t id) {
            guarded("AddIdleWatch (pause)", [&] {
                if (error) {
                    spdlog::error("GNOME's idle monitor refused a pause watch: {}",
                                  error->getMessage());
                } else if (pause_ == wanted) {
                    pause_watch_ = id;
                } else {  // no longer wanted by the time it came
                    proxy_->callMethod("RemoveWatch")
                        .onInterface(interface)
                        .withArguments(id)
                        .dontExpectReply();
                }
            });
        });
    return true;
}

void MutterIdle::add_active_watch() {
    // One-shot on the shell's side: it fires at the next input and is gone.
    proxy_->callMethodAsync("AddUserActiveWatch")
        .onInterface(interface)
        .withTimeout(call_timeout)
        .uponReplyInvoke([this](const sdbus::Error* error, std::uint32_t id) {
            guarded("AddUserActiveWatch", [&] {
                if (error) {
                    spdlog::error("GNOME's idle monitor refused a user-active watch: {}",
                                  error->getMessage());
                    return;
                }
                active_watch_ = id;
            });
        });
}

void MutterIdle::check_already_idle() {
    // An idle watch fires when the idle time crosses the threshold, not when it is
    // already past it (daemon started while the user was away).
    proxy_->callMethodAsync("GetIdletime")
        .onInterface(interface)
        .withTimeout(call_timeout)
        .uponReplyInvoke([this](const sdbus::Error* error, std::uint64_t ms) {
            guarded("GetIdletime", [&] {
                const auto idle_for = std::chrono::duration_cast<core::Duration>(
                    std::chrono::milliseconds{static_cast<std::int64_t>(ms)});
                if (!error && !idle_ && idle_for >= threshold_) went_idle(idle_for);
            });
        });
}

void MutterIdle::on_watch_fired(std::uint32_t id) {
    if (id == 0) return;
    if (id == pause_watch_) {
        watch_pause(std::nullopt);  // idle watches repeat: this one is done
        listener_.user_paused();
    } else if (id == idle_watch_ && !idle_) {
        went_idle(threshold_);
    } else if (id == active_watch_) {
        active_watch_ = 0;
        idle_ = false;
        listener_.user_active(core::Duration{0});
    }
}

void MutterIdle::went_idle(core::Duration idle_for) {
    idle_ = true;
    // Added after the fact: input in the few milliseconds between the idle watch firing
    // and this watch existing would be missed until the next input.
    add_active_watch();
    listener_.user_idle(idle_for);
}

}  // namespace sitbreak::platform
