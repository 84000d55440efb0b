#include "x_server.hpp"

#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include "wait.hpp"

namespace sitbreak::test {

XServer::XServer(bool window_manager) {
    // -noreset: an Xvfb resets (keymap, properties) whenever its last client leaves,
    // which would undo what one test step set up for the next.
    display_ = ":" + start_and_read_line(server_,
                                         {"Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24",
                                          "-nolisten", "tcp", "-noreset"},
                                         {}, 3);
    if (window_manager) start_window_manager();
}

XServer::XServer(bool window_manager, const std::string& display) {
    display_ = display;
    start_on(display_);
    if (window_manager) start_window_manager();
}

std::unique_ptr<XServer> XServer::on_a_display_of_its_own() {
    for (int number = 100 + static_cast<int>(::getpid() % 400);; ++number) {
        const std::string lock = "/tmp/.X" + std::to_string(number) + "-lock";
        if (!std::filesystem::exists(lock)) {
            return std::unique_ptr<XServer>{new XServer{false, ":" + std::to_string(number)}};
        }
    }
}

void XServer::start_on(const std::string& display) {
    server_ = std::make_unique<Process>(std::vector<std::string>{
        "Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"});
    const bool up = wait_until(
        [&] {
            return run({"xdpyinfo", "-display", display}).exit_code == 0;
        },
        milliseconds{10000}, "Xvfb to accept clients");
    if (!up) throw std::runtime_error{"Xvfb did not start on " + display + ": " + server_->err()};
}

XServer::~XServer() {
    stop_window_manager();
    server_.reset();
}

void XServer::start_window_manager() {
    if (window_manager_ && window_manager_->running()) return;
    ProcessOptions options;
    options.env = env();
    // Its own config home: the user's openbox settings must not change the tests.
    options.env["XDG_CONFIG_HOME"] = (dir_ / "config").string();
    window_manager_ = std::make_unique<Process>(std::vector<std::string>{"openbox", "--sm-disable"},
                                                std::move(options));
    const auto ready = wait_until(
        [this] {
            const auto probe =
                run({"xprop", "-display", display_, "-root", "_NET_SUPPORTING_WM_CHECK"});
            return probe.out.find("window id") != std::string::npos || !window_manager_->running();
        },
        milliseconds{10000}, "openbox to manage the screen");
    if (!ready || !window_manager_->running()) {
        throw std::runtime_error{"openbox did not start: " + window_manager_->err()};
    }
}

void XServer::stop_window_manager() { window_manager_.reset(); }

void XServer::kill_server() {
    if (server_) server_->stop(milliseconds{0});
}

void XServer::restart_server() {
    kill_server();
    // A killed server leaves its lock and socket behind; a new one would refuse the display.
    const std::string number = display_.substr(1);
    std::error_code ignored;
    std::filesystem::remove("/tmp/.X" + number + "-lock", ignored);
    std::filesystem::remove("/tmp/.X11-unix/X" + number, ignored);
    start_on(display_);
}

RunResult xdotool(const std::string& display, std::vector<std::string> args) {
    args.insert(args.begin(), "xdotool");
    return run(std::move(args), {{"DISPLAY", display}});
}

}  // namespace sitbreak::test
