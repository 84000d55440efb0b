#include "wayland_stand_in.hpp"

#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <wayland-server.h>

#include <algorithm>
#include <stdexcept>

#include "ext-idle-notify-v1-server-protocol.h"

namespace sitbreak::test {
namespace {

WaylandStandIn& self(wl_resource* resource) {
    return *static_cast<WaylandStandIn*>(wl_resource_get_user_data(resource));
}

void destroy_request(wl_client*, wl_resource* resource) { wl_resource_destroy(resource); }

// The seat has no capabilities; clients only pass it to get_idle_notification.
const struct wl_seat_interface seat_implementation {
    .get_pointer = [](wl_client*, wl_resource*, std::uint32_t) {},
    .get_keyboard = [](wl_client*, wl_resource*, std::uint32_t) {},
    .get_touch = [](wl_client*, wl_resource*, std::uint32_t) {}, .release = destroy_request,
};

const struct ext_idle_notification_v1_interface notification_implementation {
    .destroy = destroy_request,
};

void get_idle_notification(wl_client* client, wl_resource* notifier, std::uint32_t id,
                           std::uint32_t timeout, wl_resource*) {
    wl_resource* resource = wl_resource_create(client, &ext_idle_notification_v1_interface,
                                               wl_resource_get_version(notifier), id);
    wl_resource_set_implementation(resource, &notification_implementation, &self(notifier),
                                   [](wl_resource* r) { self(r).removed(r); });
    self(notifier).added({resource, timeout});
}

const struct ext_idle_notifier_v1_interface notifier_implementation {
    .destroy = destroy_request, .get_idle_notification = get_idle_notification,
};

void bind_seat(wl_client* client, void* data, std::uint32_t version, std::uint32_t id) {
    wl_resource* resource =
        wl_resource_create(client, &wl_seat_interface, static_cast<int>(version), id);
    wl_resource_set_implementation(resource, &seat_implementation, data, nullptr);
    wl_seat_send_capabilities(resource, 0);
}

void bind_notifier(wl_client* client, void* data, std::uint32_t version, std::uint32_t id) {
    wl_resource* resource =
        wl_resource_create(client, &ext_idle_notifier_v1_interface, static_cast<int>(version), id);
    wl_resource_set_implementation(resource, &notifier_implementation, data, nullptr);
}

std::string getenv_or_empty(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

void restore(const char* name, const std::string& value) {
    if (value.empty()) {
        ::unsetenv(name);
    } else {
        ::setenv(name, value.c_str(), 1);
    }
}

}  // namespace

WaylandStandIn::WaylandStandIn(bool offer_idle_notify)
    : old_runtime_dir_{getenv_or_empty("XDG_RUNTIME_DIR")},
      old_display_{getenv_or_empty("WAYLAND_DISPLAY")},
      display_{wl_display_create()},
      wake_fd_{::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)} {
    ::setenv("XDG_RUNTIME_DIR", runtime_dir_.path().c_str(), 1);
    ::setenv("WAYLAND_DISPLAY", "wayland-sitbreak-test", 1);
    if (!display_ || wake_fd_ < 0 ||
        wl_display_add_socket(display_, "wayland-sitbreak-test") != 0) {
        throw std::runtime_error{"cannot start the stand-in Wayland compositor"};
    }
    wl_global_create(display_, &wl_seat_interface, 1, this, bind_seat);
    if (offer_idle_notify) {
        wl_global_create(display_, &ext_idle_notifier_v1_interface, 1, this, bind_notifier);
    }
    wake_source_ = wl_event_loop_add_fd(
        wl_display_get_event_loop(display_), wake_fd_, WL_EVENT_READABLE,
        [](int fd, std::uint32_t, void* data) {
            std::uint64_t count = 0;
            [[maybe_unused]] auto got = ::read(fd, &count, sizeof count);
            static_cast<WaylandStandIn*>(data)->run_commands();
            return 0;
        },
        this);
    thread_ = std::thread{[this] {
        wl_event_loop* loop = wl_display_get_event_loop(display_);
        for (;;) {
            {
                std::lock_guard lock{mutex_};
                if (quit_) break;
            }
            wl_display_flush_clients(display_);
            wl_event_loop_dispatch(loop, -1);
        }
    }};
}

WaylandStandIn::~WaylandStandIn() {
    post("quit");
    thread_.join();
    wl_display_destroy_clients(display_);
    wl_event_source_remove(wake_source_);
    wl_display_destroy(display_);
    ::close(wake_fd_);
    restore("XDG_RUNTIME_DIR", old_runtime_dir_);
    restore("WAYLAND_DISPLAY", old_display_);
}

std::vector<std::uint32_t> WaylandStandIn::notifications() {
    std::lock_guard lock{mutex_};
    std::vector<std::uint32_t> timeouts;
    for (const auto& n : notifications_) timeouts.push_back(n.timeout_ms);
    return timeouts;
}

void WaylandStandIn::added(Notification notification) {
    std::lock_guard lock{mutex_};
    notifications_.push_back(notification);
}

void WaylandStandIn::removed(void* resource) {
    std::lock_guard lock{mutex_};
    std::erase_if(notifications_,
                  [resource](const Notification& n) { return n.resource == resource; });
}

void WaylandStandIn::post(std::string command) {
    {
        std::lock_guard lock{mutex_};
        commands_.push_back(std::move(command));
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] auto put = ::write(wake_fd_, &one, sizeof one);
}

void WaylandStandIn::run_commands() {
    std::vector<std::string> commands;
    std::vector<Notification> notifications;
    {
        std::lock_guard lock{mutex_};
        commands.swap(commands_);
        notifications = notifications_;
    }
    for (const auto& command : commands) {
        for (const auto& n : notifications) {
            auto* resource = static_cast<wl_resource*>(n.resource);
            if (command == "idled") ext_idle_notification_v1_send_idled(resource);
            if (command == "resumed") ext_idle_notification_v1_send_resumed(resource);
        }
        if (command == "drop") wl_display_destroy_clients(display_);
        if (command == "quit") {
            std::lock_guard lock{mutex_};
            quit_ = true;
        }
    }
}

}  // namespace sitbreak::test
