#include "service/daemon.hpp"

#include <sdbus-c++/sdbus-c++.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <functional>

#include "platform/dbus/desktop_notifier.hpp"
#include "platform/dbus/dnd_watcher.hpp"
#include "platform/dbus/logind_session.hpp"
#include "platform/dbus/name_watch.hpp"
#include "platform/dbus/sleep_detector.hpp"
#include "platform/guarded.hpp"
#include "service/bus_object.hpp"
#include "service/config_watcher.hpp"
#include "service/idle_selection.hpp"
#include "service/logging.hpp"

namespace sitbreak::service {

namespace {

constexpr const char* kTrayName = "org.sitbreak.Tray";

class NotificationPresenter final : public PromptPresenter {
public:
    explicit NotificationPresenter(platform::DesktopNotifier& notifier) : notifier_{notifier} {}
    void show(const platform::PromptNotice& notice) override { notifier_.show(notice); }
    void close() override { notifier_.close(); }
    [[nodiscard]] std::string describe() const override {
        return notifier_.available()
                   ? "desktop notifications"
                   : "none: no notification server; answer with the CLI or the tray";
    }

private:
    platform::DesktopNotifier& notifier_;
};

std::unique_ptr<sdbus::IConnection> claim_bus_name() {
    std::unique_ptr<sdbus::IConnection> bus;
    try {
        bus = sdbus::createSessionBusConnection();
    } catch (const sdbus::Error& error) {
        std::fprintf(stderr, "sitbreakd: cannot reach the session bus (%s)\n",
                     error.getMessage().c_str());
        return nullptr;
    }
    try {
        bus->requestName(kBusName);
    } catch (const sdbus::Error& error) {
        std::fprintf(
            stderr,
            "sitbreakd: another sitbreakd is already running on this session bus (%s is taken)\n",
            kBusName);
        return nullptr;
    }
    return bus;
}

}  // namespace

int run_daemon(const DaemonOptions& options) {
    auto bus = claim_bus_name();
    if (!bus) return 1;
    platform::EventLoop loop;
    // The session is over when its bus goes: stop as on SIGTERM (set below).
    std::function<void()> stop_daemon;
    const auto attachment = loop.attach(*bus, [&] { stop_daemon(); });

    // Before the service: the idle source it will own talks to this X connection, so
    // the connection must outlive it.
    DesktopSensors sensors{loop, *bus};
    Service service{loop, {options.config_path, options.database_path}};
    if (!options.verbose) set_log_level(service.settings().log_level);
    BusObject object{*bus, service};

    // A suspend shows when the loop next wakes: the service checks before anything else.
    platform::SleepDetector sleep{service};
    service.set_wake_check([&sleep] { sleep.check(); });
    auto probe = sensors.open_idle(service.settings().idle_backend, service,
                                   service.settings().rules.break_after);
    service.set_idle_source(std::move(probe.source), std::move(probe.problem));
    sensors.watch_fullscreen(service);

    platform::DesktopNotifier notifier{*bus, service};
    NotificationPresenter presenter{notifier};
    service.set_presenter(&presenter);
    platform::DndWatcher dnd{*bus, service};
    // Filtered by name: an unrelated client coming or going must not wake the daemon.
    platform::NameWatch tray{*bus, kTrayName,
                             [&service](bool owned) { service.set_tray_present(owned); },
                             &platform::log_handler_failure};

    std::string logind_problem;
    auto logind = platform::LogindSession::create(loop, service, logind_problem);
    if (!logind) spdlog::info("no lock or suspend signals from logind: {}", logind_problem);

    ConfigWatcher watcher{loop, options.config_path, [&] {
                              if (service.reload_config() && !options.verbose)
                                  set_log_level(service.settings().log_level);
                          }};
    auto stop = [&] {
        spdlog::info("stopping");
        // Stop whatever happens below: with the bus gone, publishing the last state throws.
        loop.exit(0);
        try {
            service.shutdown();
        } catch (const std::exception& error) {
            spdlog::error("while stopping: {}", error.what());
        }
    };
    stop_daemon = stop;
    auto term = loop.on_signal(SIGTERM, stop);
    auto interrupt = loop.on_signal(SIGINT, stop);
    spdlog::info("sitbreakd running as {} (config {}, history {})", kBusName,
                 options.config_path.string(), options.database_path.string());
    return loop.run();
}

}  // namespace sitbreak::service
