#include "platform/wayland/idle_protocols.hpp"

#include <wayland-client.h>

#include <cstdint>

#include "ext-idle-notify-v1-client-protocol.h"
#include "kde-idle-client-protocol.h"
#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

// After the callback nothing may touch the watch: the listener may have destroyed it.
void idled(void* data) {
    guarded("idled", [&] { static_cast<IdleWatch*>(data)->on_idled(); });
}
void resumed(void* data) {
    guarded("resumed", [&] { static_cast<IdleWatch*>(data)->on_resumed(); });
}

const ext_idle_notification_v1_listener ext_listener{
    .idled = [](void* data, ext_idle_notification_v1*) { idled(data); },
    .resumed = [](void* data, ext_idle_notification_v1*) { resumed(data); },
};

const org_kde_kwin_idle_timeout_listener kde_listener{
    .idle = [](void* data, org_kde_kwin_idle_timeout*) { idled(data); },
    .resumed = [](void* data, org_kde_kwin_idle_timeout*) { resumed(data); },
};

wl_proxy* create_watch(IdleProtocol protocol, wl_proxy* manager, wl_seat* seat,
                       std::uint32_t timeout_ms, IdleWatch* watch) {
    if (protocol == IdleProtocol::ext_idle_notify) {
        auto* object = ext_idle_notifier_v1_get_idle_notification(
            reinterpret_cast<ext_idle_notifier_v1*>(manager), timeout_ms, seat);
        ext_idle_notification_v1_add_listener(object, &ext_listener, watch);
        return reinterpret_cast<wl_proxy*>(object);
    }
    auto* object = org_kde_kwin_idle_get_idle_timeout(reinterpret_cast<org_kde_kwin_idle*>(manager),
                                                      seat, timeout_ms);
    org_kde_kwin_idle_timeout_add_listener(object, &kde_listener, watch);
    return reinterpret_cast<wl_proxy*>(object);
}

}  // namespace

const wl_interface& manager_interface(IdleProtocol protocol) {
    return protocol == IdleProtocol::ext_idle_notify ? ext_idle_notifier_v1_interface
                                                     : org_kde_kwin_idle_interface;
}

std::string_view protocol_name(IdleProtocol protocol) {
    return protocol == IdleProtocol::ext_idle_notify ? "ext-idle-notify-v1" : "org_kde_kwin_idle";
}

void destroy_manager(IdleProtocol protocol, wl_proxy* manager) {
    if (protocol == IdleProtocol::ext_idle_notify) {
        ext_idle_notifier_v1_destroy(reinterpret_cast<ext_idle_notifier_v1*>(manager));
    } else {
        org_kde_kwin_idle_destroy(reinterpret_cast<org_kde_kwin_idle*>(manager));
    }
}

IdleWatch::IdleWatch(IdleProtocol protocol, wl_proxy* manager, wl_seat* seat,
                     std::chrono::milliseconds timeout, IdleWatchListener& listener)
    : protocol_{protocol},
      object_{
          create_watch(protocol, manager, seat, static_cast<std::uint32_t>(timeout.count()), this)},
      listener_{listener} {}

IdleWatch::~IdleWatch() {
    if (protocol_ == IdleProtocol::ext_idle_notify) {
        ext_idle_notification_v1_destroy(reinterpret_cast<ext_idle_notification_v1*>(object_));
    } else {
        org_kde_kwin_idle_timeout_release(reinterpret_cast<org_kde_kwin_idle_timeout*>(object_));
    }
}

}  // namespace sitbreak::platform
