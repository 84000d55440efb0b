#pragma once
// The two Wayland idle protocols behind one face. Both work the same way: per timeout the
// client asks the manager global for an object that says "idled" once no input came for
// the timeout and "resumed" at the next input, and neither can be asked for the idle time.
//   ext-idle-notify-v1: KDE 5.27, wlroots 0.17 on (sway 1.9), Hyprland.
//   org_kde_kwin_idle:  sway 1.7 and wlroots 0.15 (Debian 12), older KDE.
#include <chrono>
#include <string_view>

struct wl_interface;
struct wl_proxy;
struct wl_seat;

namespace sitbreak::platform {

enum class IdleProtocol { ext_idle_notify, kde_idle };

// The global to bind, and its name in messages ("ext-idle-notify-v1").
[[nodiscard]] const wl_interface& manager_interface(IdleProtocol protocol);
[[nodiscard]] std::string_view protocol_name(IdleProtocol protocol);
void destroy_manager(IdleProtocol protocol, wl_proxy* manager);

class IdleWatchListener {
public:
    virtual ~IdleWatchListener() = default;
    // `watch` may be destroyed from inside these.
    virtual void idled(const class IdleWatch& watch) = 0;
    virtual void resumed(const class IdleWatch& watch) = 0;
};

// One timeout on one seat; destroying it tells the compositor.
class IdleWatch {
public:
    IdleWatch(IdleProtocol protocol, wl_proxy* manager, wl_seat* seat,
              std::chrono::milliseconds timeout, IdleWatchListener& listener);
    ~IdleWatch();
    IdleWatch(const IdleWatch&) = delete;
    IdleWatch& operator=(const IdleWatch&) = delete;

    void on_idled() { listener_.idled(*this); }
    void on_resumed() { listener_.resumed(*this); }

private:
    IdleProtocol protocol_;
    wl_proxy* object_;
    IdleWatchListener& listener_;
};

}  // namespace sitbreak::platform
