#include "logind_session.hpp"

#include <sdbus-c++/Error.h>
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/Message.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <utility>
#include <vector>

#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

constexpr const char* service = "org.freedesktop.login1";
constexpr const char* manager_path = "/org/freedesktop/login1";
constexpr const char* manager_interface = "org.freedesktop.login1.Manager";
constexpr const char* session_interface = "org.freedesktop.login1.Session";
constexpr const char* properties = "org.freedesktop.DBus.Properties";
// Start-up only: logind answers in microseconds when it is there at all.
constexpr auto startup_timeout = std::chrono::seconds{2};
constexpr auto call_timeout = std::chrono::seconds{5};

bool is_missing_service(const sdbus::Error& error) {
    return error.getName() == "org.freedesktop.DBus.Error.ServiceUnknown" ||
           error.getName() == "org.freedesktop.DBus.Error.NameHasNoOwner" ||
           error.getName() == "org.freedesktop.systemd1.NoSuchUnit";
}

}  // namespace

std::unique_ptr<LogindSession> LogindSession::create(EventLoop& loop, SessionListener& listener,
                                                     std::string& problem) {
    std::unique_ptr<sdbus::IConnection> bus;
    try {
        bus = sdbus::createSystemBusConnection();
    } catch (const std::exception& error) {
        problem = std::string{"no system bus, so no lock or suspend signals from logind ("} +
                  error.what() + ")";
        return nullptr;
    }
    try {
        std::unique_ptr<LogindSession> session{new LogindSession{std::move(bus), loop, listener}};
        session->find_session();
        session->subscribe();
        session->take_sleep_delay();
        return session;
    } catch (const sdbus::Error& error) {
        problem = is_missing_service(error)
                      ? "logind (org.freedesktop.login1) is not on the system bus, so no lock or "
                        "suspend signals"
                      : "cannot follow the logind session: " + error.getMessage();
    } catch (const std::exception& error) {
        problem = std::string{"cannot follow the logind session: "} + error.what();
    }
    return nullptr;
}

LogindSession::LogindSession(std::unique_ptr<sdbus::IConnection> bus, EventLoop& loop,
                             SessionListener& listener)
    : bus_{std::move(bus)},
      attachment_{loop.attach(*bus_)},
      manager_{sdbus::createProxy(*bus_, service, manager_path)},
      listener_{listener} {}

LogindSession::~LogindSession() = default;

void LogindSession::find_session() {
    sdbus::ObjectPath path;
    // A process started from the session (autostart) is in it. A systemd user service
    // is not: then XDG_SESSION_ID if someone exported it, else logind's "auto", which
    // is the caller's session or else the user's display session.
    try {
        manager_->callMethod("GetSessionByPID")
            .onInterface(manager_interface)
            .withArguments(static_cast<std::uint32_t>(::getpid()))
            .withTimeout(startup_timeout)
            .storeResultsTo(path);
    } catch (const sdbus::Error& error) {
        if (is_missing_service(error)) throw;
        const char* id = std::getenv("XDG_SESSION_ID");
        const std::string name = id && *id ? id : "auto";
        spdlog::debug("not in a logind session ({}); asking for session \"{}\"", error.getMessage(),
                      name);
        // GetSession gives the real path: signals come from it, never from .../auto.
        manager_->callMethod("GetSession")
            .onInterface(manager_interface)
            .withArguments(name)
            .withTimeout(startup_timeout)
            .storeResultsTo(path);
    }
    session_path_ = path;
    session_ = sdbus::createProxy(*bus_, service, session_path_);
    sdbus::Variant hint;
    session_->callMethod("Get")
        .onInterface(properties)
        .withArguments(std::string{session_interface}, std::string{"LockedHint"})
        .withTimeout(startup_timeout)
        .storeResultsTo(hint);
    locked_ = hint.get<bool>();
    spdlog::info("following logind session {}{}", session_path_, locked_ ? " (locked)" : "");
}

void LogindSession::subscribe() {
    session_->registerSignalHandler(session_interface, "Lock", [this](sdbus::Signal&) {
        guarded("Lock", [&] { set_locked(true); });
    });
    session_->registerSignalHandler(session_interface, "Unlock", [this](sdbus::Signal&) {
        guarded("Unlock", [&] { set_locked(false); });
    });
    session_->registerSignalHandler(properties, "PropertiesChanged", [this](sdbus::Signal& signal) {
        guarded("session PropertiesChanged", [&] {
            std::string interface;
            std::map<std::string, sdbus::Variant> changed;
            std::vector<std::string> invalidated;
            signal >> interface >> changed >> invalidated;
            if (interface != session_interface) return;
            if (const auto it = changed.find("LockedHint"); it != changed.end()) {
                set_locked(it->second.get<bool>());
            }
        });
    });
    session_->finishRegistration();
    manager_->registerSignalHandler(manager_interface, "PrepareForSleep",
                                    [this](sdbus::Signal& signal) {
                                        guarded("PrepareForSleep", [&] {
                                            bool going = false;
                                            signal >> going;
                                            on_prepare_for_sleep(going);
                                        });
                                    });
    manager_->finishRegistration();
}

void LogindSession::take_sleep_delay() {
    manager_->callMethodAsync("Inhibit")
        .onInterface(manager_interface)
        .withArguments(std::string{"sleep"}, std::string{"sitbreak"},
                       std::string{"Noting the time the machine goes to sleep"},
                       std::string{"delay"})
        .withTimeout(call_timeout)
        .uponReplyInvoke([this](const sdbus::Error* error, sdbus::UnixFd fd) {
            guarded("Inhibit", [&] {
                if (error) {
                    // Not fatal: suspend is still measured by the clocks (SleepDetector).
                    spdlog::debug("no sleep delay lock from logind: {}", error->getMessage());
                    return;
                }
                sleep_delay_ = std::move(fd);
            });
        });
}

void LogindSession::set_locked(bool locked) {
    if (locked == locked_) return;
    locked_ = locked;
    if (locked) {
        listener_.session_locked();
    } else {
        listener_.session_unlocked();
    }
}

void LogindSession::on_prepare_for_sleep(bool going) {
    if (going) {
        listener_.system_suspending();
        sleep_delay_ = sdbus::UnixFd{};  // closing it lets the suspend go ahead
        return;
    }
    listener_.system_resumed();
    take_sleep_delay();
}

}  // namespace sitbreak::platform
