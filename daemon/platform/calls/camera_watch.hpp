#pragma once
// Is a camera open? Video devices (/dev/video*) are watched with inotify, each node for
// opens and closes and the directory for nodes coming and going, so that the daemon wakes
// when a camera is opened or closed, not when /dev/null is. Who holds one open is then read
// from /proc/*/fd: the user's own processes, which are the ones that make calls.
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include "platform/event_loop.hpp"

namespace sitbreak::platform {

class CameraWatch {
public:
    // `changed(open)` as the first camera opens and the last one closes. `devices` is /dev
    // but in the tests.
    CameraWatch(EventLoop& loop, std::function<void(bool)> changed,
                std::filesystem::path devices = "/dev");
    ~CameraWatch();
    CameraWatch(const CameraWatch&) = delete;
    CameraWatch& operator=(const CameraWatch&) = delete;

    // Why cameras cannot be watched ("" when they can).
    [[nodiscard]] const std::string& problem() const { return problem_; }

private:
    void watch_node(const std::string& name);
    void on_events();
    void look();

    std::filesystem::path devices_;
    std::function<void(bool)> changed_;
    int fd_{-1};
    std::map<int, std::string> nodes_;  // watch descriptor -> device name
    bool open_{false};
    std::string problem_;
    EventSource source_;
};

}  // namespace sitbreak::platform
