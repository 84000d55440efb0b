#include "client/name_watch.hpp"

#include <sdbus-c++/Error.h>
#include <sdbus-c++/Message.h>

#include <utility>

#include "common/guard.hpp"

namespace sitbreak::client {

NameWatch::NameWatch(sdbus::IConnection& bus, std::string name, Callback on_change,
                     FailureLog log_failure)
    : name_{std::move(name)},
      on_change_{std::move(on_change)},
      log_failure_{log_failure},
      bus_proxy_{sdbus::createProxy(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus")} {
    // arg0 keeps the bus daemon from sending us every name change on the bus.
    const std::string rule =
        "type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',"
        "member='NameOwnerChanged',arg0='" +
        name_ + "'";
    match_ = bus.addMatch(rule, [this](sdbus::Message& message) {
        common::guarded_by(log_failure_, "NameOwnerChanged", [&] {
            std::string changed, old_owner, new_owner;
            message >> changed >> old_owner >> new_owner;
            if (changed != name_) return;
            known_ = true;
            if (!old_owner.empty()) report(false);
            if (!new_owner.empty()) report(true);
        });
    });
    bus_proxy_->callMethodAsync("NameHasOwner")
        .onInterface("org.freedesktop.DBus")
        .withArguments(name_)
        .uponReplyInvoke([this](const sdbus::Error* error, bool owned) {
            common::guarded_by(log_failure_, "NameHasOwner", [&] {
                // A NameOwnerChanged that came first is newer than this answer.
                if (known_) return;
                known_ = true;
                // A failed question (a bus that refuses it) reads as "no owner"; the next
                // NameOwnerChanged corrects it.
                report(error == nullptr && owned);
            });
        });
}

void NameWatch::report(bool owned) {
    owned_ = owned;
    on_change_(owned);
}

}  // namespace sitbreak::client
