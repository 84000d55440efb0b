#pragma once
// Follows whether a well-known name has an owner on the bus: for the daemon, a notification
// server or GNOME Shell that starts (or restarts) after it; for the tray, the daemon going
// away and coming back and an SNI host appearing. Follows NameOwnerChanged; never polls.
// Its own library, without the daemon's logging: the tray links it and logs through wx.
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace sitbreak::client {

class NameWatch {
public:
    using Callback = std::function<void(bool owned)>;
    // Where an exception out of a bus callback ends: it must not unwind through sd-bus's C.
    using FailureLog = void (*)(std::string_view what, const char* why) noexcept;

    // `on_change` runs once with the current state (asked asynchronously) and then on every
    // change; a new owner replacing an old one counts as a loss and a gain.
    NameWatch(sdbus::IConnection& bus, std::string name, Callback on_change,
              FailureLog log_failure);
    NameWatch(const NameWatch&) = delete;
    NameWatch& operator=(const NameWatch&) = delete;

    [[nodiscard]] bool owned() const { return owned_; }

private:
    void report(bool owned);

    std::string name_;
    Callback on_change_;
    FailureLog log_failure_;
    bool owned_{false};
    bool known_{false};  // the first answer (reply or signal) has come
    std::unique_ptr<sdbus::IProxy> bus_proxy_;
    sdbus::Slot match_;
};

}  // namespace sitbreak::client
