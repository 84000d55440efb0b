#pragma once
// Lock, unlock and suspend from systemd-logind on the system bus (DESIGN §9). Lock comes
// two ways: the session's Lock/Unlock signals (loginctl lock-session, light-locker) and
// its LockedHint property (GNOME, KDE and swaylock set it); either counts, once.
#include <sdbus-c++/Types.h>

#include <memory>
#include <optional>
#include <string>

#include "platform/event_loop.hpp"
#include "platform/session_watcher.hpp"

namespace sdbus {
class IConnection;
class IProxy;
}  // namespace sdbus

namespace sitbreak::platform {

class LogindSession {
public:
    // Connects to the system bus and finds this session. Without a system bus or
    // logind (containers, CI) returns nullptr and says why in `problem`; never throws.
    [[nodiscard]] static std::unique_ptr<LogindSession> create(EventLoop& loop,
                                                               SessionListener& listener,
                                                               std::string& problem);
    ~LogindSession();
    LogindSession(const LogindSession&) = delete;
    LogindSession& operator=(const LogindSession&) = delete;

    // The session's object path, e.g. /org/freedesktop/login1/session/_32.
    [[nodiscard]] const std::string& session_path() const { return session_path_; }
    [[nodiscard]] bool locked() const { return locked_; }

private:
    LogindSession(std::unique_ptr<sdbus::IConnection> bus, EventLoop& loop,
                  SessionListener& listener);
    void find_session();
    void subscribe();
    void take_sleep_delay();
    void set_locked(bool locked);
    void on_prepare_for_sleep(bool going);

    // Declared in teardown order reversed: proxies go before the loop glue, the glue
    // before the connection.
    std::unique_ptr<sdbus::IConnection> bus_;
    EventLoop::BusAttachment attachment_;
    std::unique_ptr<sdbus::IProxy> manager_;
    std::unique_ptr<sdbus::IProxy> session_;
    SessionListener& listener_;
    std::string session_path_;
    bool locked_{false};
    // A delay inhibitor: logind waits (up to InhibitDelayMaxSec) for us to note the time
    // before it suspends; without it PrepareForSleep(true) may only be read after resume.
    sdbus::UnixFd sleep_delay_;
};

}  // namespace sitbreak::platform
