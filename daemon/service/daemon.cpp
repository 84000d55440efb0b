#include "service/daemon.hpp"

#include <sdbus-c++/sdbus-c++.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <functional>

#include "config/catalogue.hpp"
#include "config/paths.hpp"
#include "platform/clock.hpp"
#include "platform/dbus/desktop_notifier.hpp"
#include "platform/calls/call_watch.hpp"
#include "platform/dbus/desktop_dnd.hpp"
#include "platform/dbus/dnd_watcher.hpp"
#include "platform/dbus/logind_session.hpp"
#include "client/bus_names.hpp"
#include "client/name_watch.hpp"
#include "platform/file_watch.hpp"
#include "platform/guarded.hpp"
#include "client/wall_clock.hpp"
#include "platform/zone_watch.hpp"
#include "service/bus_object.hpp"
#include "service/desktop_sensors.hpp"
#include "service/inputs.hpp"
#include "service/logging.hpp"

namespace sitbreak::service {

namespace {

using client::kTrayName;
using client::kTrayPopupName;

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

// The notification's answers to the day's suggestion of a session; the notifier exists
// before the service it answers.
class SuggestionAnswers final : public platform::NotifierListener {
public:
    void notification_action(core::PromptId, const std::string& action) override {
        if (service_ != nullptr) service_->suggestion_answered(action);
    }
    void attach(Service& service) { service_ = &service; }

private:
    Service* service_{nullptr};
};

// The config directory exists, private, so that it can be watched before a file is in it.
void watch_config_directory(const std::filesystem::path& config) {
    try {
        config::make_private_directories(config.parent_path());
    } catch (const std::filesystem::filesystem_error& error) {
        spdlog::warn("cannot create {} ({}); use ReloadConfig after creating the file",
                     error.path1().string(), error.code().message());
    }
}

// What SIGTERM, SIGINT and the loss of the bus do.
std::function<void()> stopper(platform::EventLoop& loop, Service& service) {
    return [&loop, &service] {
        spdlog::info("stopping");
        // Stop whatever happens below: with the bus gone, publishing the last state throws.
        loop.exit(0);
        try {
            service.shutdown();
        } catch (const std::exception& error) {
            spdlog::error("while stopping: {}", error.what());
        }
    };
}

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

    platform::SystemClock clock{loop};
    const client::LocalZone zone;
    Inputs inputs;
    // Before the service: it asks the sensors, and they report to `inputs`.
    DesktopSensors sensors{loop, *bus, inputs, inputs};
    auto [config, catalogue] = config::load_configuration(options.config_path);
    if (!options.verbose) set_log_level(config.settings.log_level);
    sensors.start(config.settings.idle_backend, config.settings.rules.break_after);
    platform::DesktopNotifier notifier{*bus, inputs};
    NotificationPresenter presenter{notifier};
    SuggestionAnswers suggestion_answers;
    platform::DesktopNotifier suggestion_notifier{*bus, suggestion_answers};
    NotificationPresenter suggestions{suggestion_notifier};
    store::Store store = store::Store::open_or_hold(
        options.database_path,
        core::TimePoint{std::chrono::floor<std::chrono::seconds>(clock.wall().time_since_epoch())});
    const auto object = sdbus::createObject(*bus, kObjectPath);
    BusSignals signals{*object};
    platform::CallWatch calls{loop, inputs};
    Service service{{clock, zone, store, std::move(config), options.config_path, signals, presenter,
                     sensors, inputs, suggestions, std::move(catalogue), &calls}};
    suggestion_answers.attach(service);
    // The catalogue first: config.toml is checked against its exercises.
    const auto reload = [&] {
        auto loaded = config::load_configuration(options.config_path);
        service.reload_catalogue(std::move(loaded.catalogue));
        const bool taken = service.reload_config(std::move(loaded.config));
        if (taken && !options.verbose) set_log_level(service.settings().log_level);
        return taken;
    };
    BusObject methods{*object, service, signals, reload};

    platform::DndWatcher dnd{*bus, inputs};
    std::string desktop_dnd_problem;
    const auto desktop_dnd =
        platform::watch_desktop_dnd(*bus, dnd.desktop_switch(), desktop_dnd_problem);
    if (!desktop_dnd_problem.empty()) spdlog::warn("{}", desktop_dnd_problem);
    if (desktop_dnd) spdlog::info("do not disturb also follows {}", desktop_dnd->describe());
    // Filtered by name: an unrelated client coming or going must not wake the daemon.
    client::NameWatch tray{*bus, kTrayName,
                             [&service](bool owned) { service.tray_changed(owned); },
                             &platform::log_handler_failure};
    client::NameWatch tray_popup{*bus, kTrayPopupName,
                                   [&service](bool owned) { service.tray_popup_changed(owned); },
                                   &platform::log_handler_failure};
    std::string logind_problem;
    auto logind = platform::LogindSession::create(loop, inputs, logind_problem);
    if (!logind) spdlog::info("no lock or suspend signals from logind: {}", logind_problem);

    watch_config_directory(options.config_path);
    platform::FileWatch config_watch{loop, options.config_path, [&] { reload(); }};
    platform::FileWatch exercises_watch{loop, config::exercises_path(options.config_path),
                                        [&] { reload(); }};
    platform::ZoneWatch zone_watch{loop, [&] { service.zone_changed(); }};
    const auto stop = stopper(loop, service);
    stop_daemon = stop;
    auto term = loop.on_signal(SIGTERM, stop);
    auto interrupt = loop.on_signal(SIGINT, stop);
    spdlog::info("sitbreakd running as {} (config {}, history {})", kBusName,
                 options.config_path.string(), options.database_path.string());
    return loop.run();
}

}  // namespace sitbreak::service
