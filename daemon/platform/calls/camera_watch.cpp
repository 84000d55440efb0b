#include "camera_watch.hpp"

#include <sys/epoll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>

#include "platform/guarded.hpp"

namespace sitbreak::platform {
namespace {

namespace fs = std::filesystem;

bool is_video(std::string_view name) { return name.starts_with("video"); }

// Whether any process (but this one) has one of `devices`' video nodes open.
bool any_holds_a_camera(const fs::path& devices) {
    const std::string self = std::to_string(::getpid());
    std::error_code error;
    for (const fs::directory_entry& process : fs::directory_iterator{"/proc", error}) {
        const std::string pid = process.path().filename().string();
        if (pid == self || pid.find_first_not_of("0123456789") != std::string::npos) continue;
        std::error_code denied;  // another user's process, or one that just ended
        for (const fs::directory_entry& fd : fs::directory_iterator{process.path() / "fd", denied}) {
            std::error_code unreadable;
            const fs::path target = fs::read_symlink(fd.path(), unreadable);
            if (!unreadable && target.parent_path() == devices &&
                is_video(target.filename().string())) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

CameraWatch::CameraWatch(EventLoop& loop, std::function<void(bool)> changed, fs::path devices)
    : devices_{std::move(devices)},
      changed_{std::move(changed)},
      fd_{::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)} {
    if (fd_ < 0 || ::inotify_add_watch(fd_, devices_.c_str(), IN_CREATE | IN_DELETE) < 0) {
        problem_ = "cannot watch " + devices_.string() + " for cameras: " + std::strerror(errno);
        return;
    }
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator{devices_, error}) {
        if (is_video(entry.path().filename().string())) watch_node(entry.path().filename());
    }
    source_ = loop.watch_fd(fd_, EPOLLIN, [this] { guarded("camera events", [&] { on_events(); }); });
    look();
}

CameraWatch::~CameraWatch() {
    source_ = EventSource{};
    if (fd_ >= 0) ::close(fd_);
}

void CameraWatch::watch_node(const std::string& name) {
    const int wd = ::inotify_add_watch(fd_, (devices_ / name).c_str(),
                                       IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE);
    if (wd >= 0) nodes_[wd] = name;
}

void CameraWatch::on_events() {
    alignas(inotify_event) std::array<char, 4096> buffer{};
    bool camera_event = false;
    for (;;) {
        const ssize_t length = ::read(fd_, buffer.data(), buffer.size());
        if (length <= 0) break;
        for (ssize_t at = 0; at < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            const std::string name = event->len > 0 ? event->name : "";
            if ((event->mask & IN_CREATE) && is_video(name)) watch_node(name);
            if (event->mask & IN_IGNORED) nodes_.erase(event->wd);
            camera_event = camera_event || nodes_.contains(event->wd) || is_video(name);
        }
    }
    if (camera_event) look();
}

void CameraWatch::look() {
    const bool open = any_holds_a_camera(devices_);
    if (open == open_) return;
    open_ = open;
    spdlog::debug("a camera is {}", open ? "open" : "closed");
    changed_(open);
}

}  // namespace sitbreak::platform
