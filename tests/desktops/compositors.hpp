#pragma once
// Real Wayland compositors of Debian 12, run headless for one test (DESIGN §13):
//   sway 1.7 (wlroots 0.15): org_kde_kwin_idle; refuses root, so as "nobody" when we are.
//   kwin_wayland 5.27 --virtual: ext-idle-notify-v1, and org_kde_kwin_fake_input for input.
//   mutter 43 --headless: GNOME's IdleMonitor and RemoteDesktop on the session bus.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::test {

class Compositor {
public:
    // Starts `args` with a private XDG_RUNTIME_DIR and waits (20 s) for its socket; throws
    // std::runtime_error naming the compositor and its log if it does not come up.
    static std::unique_ptr<Compositor> sway();
    static std::unique_ptr<Compositor> kwin(const Env& session_bus);
    static std::unique_ptr<Compositor> mutter(const Env& session_bus);
    // gnome-shell 43, headless and in unsafe mode (org.gnome.Shell.Eval answers), in
    // `runtime` (its socket: runtime/wayland-0). `buses`: the session bus, and a system bus
    // in DBUS_SYSTEM_BUS_ADDRESS (without one it stops at start, looking for logind).
    static std::unique_ptr<Compositor> gnome_shell(const Env& buses,
                                                   std::unique_ptr<TempDir> runtime);
    ~Compositor();
    Compositor(const Compositor&) = delete;
    Compositor& operator=(const Compositor&) = delete;

    // For WAYLAND_DISPLAY: the socket's absolute path, usable by any client.
    [[nodiscard]] std::string socket() const { return socket_.string(); }
    // What a client needs: WAYLAND_DISPLAY, its own XDG_RUNTIME_DIR, no DISPLAY.
    [[nodiscard]] Env client_env() const;
    [[nodiscard]] std::string log() const { return process_ ? process_->err() : ""; }

private:
    Compositor() = default;
    void start(std::vector<std::string> args, ProcessOptions options, const std::string& name,
               const std::filesystem::path& runtime);

    std::unique_ptr<TempDir> dir_;  // the runtime dir and config; may belong to nobody
    std::unique_ptr<TempDir> client_runtime_;
    std::filesystem::path socket_;
    std::unique_ptr<Process> process_;
};

}  // namespace sitbreak::test
