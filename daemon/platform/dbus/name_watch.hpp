#pragma once
// Follows whether a well-known name has an owner on the bus, so a backend can pick up a
// notification server or GNOME Shell that starts (or restarts) after the daemon.
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/TypeTraits.h>

#include <functional>
#include <memory>
#include <string>

namespace sitbreak::platform {

class NameWatch {
public:
    using Callback = std::function<void(bool owned)>;
    // `on_change` runs once with the current state (answered asynchronously) and then
    // on every change of owner; a new owner of a name that was owned counts as both.
    NameWatch(sdbus::IConnection& bus, std::string name, Callback on_change);
    NameWatch(const NameWatch&) = delete;
    NameWatch& operator=(const NameWatch&) = delete;

private:
    void on_owner_changed(const std::string& old_owner, const std::string& new_owner);

    std::string name_;
    Callback on_change_;
    std::unique_ptr<sdbus::IProxy> bus_proxy_;
    sdbus::Slot match_;
};

}  // namespace sitbreak::platform
