#include "dnd_watcher.hpp"

#include <sdbus-c++/Error.h>
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/Message.h>
#include <sdbus-c++/Types.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "client/name_watch.hpp"
#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

constexpr const char* service = "org.freedesktop.Notifications";
constexpr const char* path = "/org/freedesktop/Notifications";
constexpr const char* notifications = "org.freedesktop.Notifications";
constexpr const char* dunst = "org.dunstproject.cmd0";
constexpr const char* properties = "org.freedesktop.DBus.Properties";
constexpr auto get_timeout = std::chrono::seconds{5};

}  // namespace

DndWatcher::DndWatcher(sdbus::IConnection& session, QuietListener& listener)
    : listener_{listener}, proxy_{sdbus::createProxy(session, service, path)} {
    proxy_->registerSignalHandler(properties, "PropertiesChanged", [this](sdbus::Signal& signal) {
        guarded("PropertiesChanged", [&] {
            std::string interface;
            std::map<std::string, sdbus::Variant> changed;
            std::vector<std::string> invalidated;
            signal >> interface >> changed >> invalidated;
            on_properties_changed(interface, changed, invalidated);
        });
    });
    proxy_->finishRegistration();
    // The first callback (current owner) starts the probe.
    server_watch_ = std::make_unique<client::NameWatch>(
        session, service,
        [this](bool owned) {
            if (owned) {
                probe();
            } else {
                inhibited_ = paused_ = false;
                update();
            }
        },
        &log_handler_failure);
}

DndWatcher::~DndWatcher() = default;

void DndWatcher::probe() {
    // Asking for both is simpler than asking in turn: a server lacking one answers
    // with an error, which counts as "not quiet".
    fetch(notifications, "Inhibited", inhibited_);
    fetch(dunst, "paused", paused_);
}

void DndWatcher::fetch(const std::string& interface, const std::string& property, bool& into) {
    proxy_->callMethodAsync("Get")
        .onInterface(properties)
        .withArguments(interface, property)
        .withTimeout(get_timeout)
        .uponReplyInvoke([this, &into, property](const sdbus::Error* error, sdbus::Variant value) {
            guarded("Properties.Get", [&] {
                if (error) {
                    spdlog::debug("the notification server has no {}: {}", property,
                                  error->getMessage());
                    into = false;
                } else {
                    into = value.get<bool>();
                }
                update();
            });
        });
}

void DndWatcher::on_properties_changed(const std::string& interface,
                                       const std::map<std::string, sdbus::Variant>& changed,
                                       const std::vector<std::string>& invalidated) {
    const bool is_notifications = interface == notifications;
    const bool is_dunst = interface == dunst;
    if (!is_notifications && !is_dunst) return;
    const std::string property = is_notifications ? "Inhibited" : "paused";
    bool& into = is_notifications ? inhibited_ : paused_;
    if (const auto it = changed.find(property); it != changed.end()) {
        into = it->second.get<bool>();
        update();
    } else if (std::find(invalidated.begin(), invalidated.end(), property) != invalidated.end()) {
        fetch(interface, property, into);
    }
}

void DndWatcher::update() {
    const bool on = inhibited_ || paused_ || desktop_switch_.on;
    if (on == reported_) return;
    reported_ = on;
    spdlog::info("do not disturb is {}", on ? "on" : "off");
    guarded("quiet_changed", [&] { listener_.quiet_changed(core::Quiet::dnd, on); });
}

}  // namespace sitbreak::platform
