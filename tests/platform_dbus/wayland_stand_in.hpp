#pragma once
// A stand-in Wayland compositor: no wlroots compositor with ext-idle-notify-v1 runs
// headless on Debian 12 (sway 1.7 / wlroots 0.15 predate it). This one offers a wl_seat
// and, if asked, ext_idle_notifier_v1, on a socket in a private XDG_RUNTIME_DIR, served
// by libwayland-server from a thread of its own. The test says when the user idles and
// resumes; it draws nothing and has no input.
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support/temp_dir.hpp"

struct wl_display;
struct wl_event_source;

namespace sitbreak::test {

class WaylandStandIn {
public:
    // Sets XDG_RUNTIME_DIR and WAYLAND_DISPLAY in this process for clients to find it.
    explicit WaylandStandIn(bool offer_idle_notify);
    ~WaylandStandIn();
    WaylandStandIn(const WaylandStandIn&) = delete;
    WaylandStandIn& operator=(const WaylandStandIn&) = delete;

    // The timeouts (ms) of the idle notifications clients hold now.
    [[nodiscard]] std::vector<std::uint32_t> notifications();
    // Sends `idled` / `resumed` on every idle notification.
    void user_idles() { post("idled"); }
    void user_resumes() { post("resumed"); }
    // Disconnects every client, as a compositor that crashed would.
    void drop_clients() { post("drop"); }

    // Called from the C glue on the compositor thread.
    struct Notification {
        void* resource;
        std::uint32_t timeout_ms;
    };
    void added(Notification notification);
    void removed(void* resource);

private:
    void post(std::string command);
    void run_commands();

    TempDir runtime_dir_{"wayland"};
    std::string old_runtime_dir_;
    std::string old_display_;
    wl_display* display_;
    int wake_fd_;
    wl_event_source* wake_source_{nullptr};
    std::mutex mutex_;
    std::vector<std::string> commands_;
    std::vector<Notification> notifications_;
    bool quit_{false};
    std::thread thread_;
};

}  // namespace sitbreak::test
