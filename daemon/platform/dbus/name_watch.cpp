#include "name_watch.hpp"

#include <sdbus-c++/Message.h>

#include <utility>

#include "platform/guarded.hpp"

namespace sitbreak::platform {

NameWatch::NameWatch(sdbus::IConnection& bus, std::string name, Callback on_change)
    : name_{std::move(name)},
      on_change_{std::move(on_change)},
      bus_proxy_{sdbus::createProxy(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus")} {
    // arg0 keeps the bus daemon from sending us every name change on the bus.
    const std::string rule =
        "type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',"
        "member='NameOwnerChanged',arg0='" +
        name_ + "'";
    match_ = bus.addMatch(rule, [this](sdbus::Message& message) {
        guarded("NameOwnerChanged", [&] {
            std::string changed, old_owner, new_owner;
            message >> changed >> old_owner >> new_owner;
            if (changed == name_) on_owner_changed(old_owner, new_owner);
        });
    });
    bus_proxy_->callMethodAsync("NameHasOwner")
        .onInterface("org.freedesktop.DBus")
        .withArguments(name_)
        .uponReplyInvoke([this](const sdbus::Error* error, bool owned) {
            guarded("NameHasOwner", [&] {
                if (error) spdlog::debug("NameHasOwner({}): {}", name_, error->getMessage());
                on_change_(error == nullptr && owned);
            });
        });
}

void NameWatch::on_owner_changed(const std::string& old_owner, const std::string& new_owner) {
    if (!old_owner.empty()) on_change_(false);
    if (!new_owner.empty()) on_change_(true);
}

}  // namespace sitbreak::platform
