#pragma once
// A private X server (Xvfb) for one test suite, optionally with a window manager (openbox),
// and xdotool to feed it real input.
#include <memory>
#include <string>
#include <vector>

#include "process.hpp"
#include "temp_dir.hpp"

namespace sitbreak::test {

class XServer {
public:
    // Starts `Xvfb -displayfd` on a free display (1280x800x24, no TCP, no reset when the last
    // client leaves) and waits until it accepts clients; throws if it does not within 10 s.
    explicit XServer(bool window_manager = false);
    // A server on a display number of its own, from 100 up: tests that start servers with
    // -displayfd take the lowest free numbers, so none of them takes this display while the
    // server is down (kill_server, restart_server).
    [[nodiscard]] static std::unique_ptr<XServer> on_a_display_of_its_own();
    ~XServer();
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;

    // ":N", for DISPLAY.
    [[nodiscard]] const std::string& display() const { return display_; }
    // Xvfb's process id.
    [[nodiscard]] pid_t pid() const { return server_->pid(); }
    // {"DISPLAY", display()}, for a Process.
    [[nodiscard]] Env env() const { return {{"DISPLAY", display_}}; }
    // Starts openbox (an EWMH window manager: _NET_ACTIVE_WINDOW, fullscreen) and waits until
    // it has set _NET_SUPPORTING_WM_CHECK on the root window. No-op if it runs already.
    void start_window_manager();
    void stop_window_manager();
    // Kills Xvfb now, e.g. to see how a client copes with losing its server.
    void kill_server();
    // A new Xvfb on the same display, after kill_server(): a server that came back. Use a
    // server on_a_display_of_its_own(), or another test's server may take the display.
    void restart_server();

private:
    XServer(bool window_manager, const std::string& display);
    void start_on(const std::string& display);

    TempDir dir_{"xserver"};
    std::string display_;
    std::unique_ptr<Process> server_;
    std::unique_ptr<Process> window_manager_;
};

// Runs `xdotool args...` on `display` to the end, e.g. xdotool(x.display(), {"key", "a"}).
RunResult xdotool(const std::string& display, std::vector<std::string> args);

}  // namespace sitbreak::test
