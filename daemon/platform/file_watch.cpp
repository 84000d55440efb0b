#include "platform/file_watch.hpp"

#include <spdlog/spdlog.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace sitbreak::platform {

namespace {
// A save is several events (truncate, write, close, rename): run once, shortly after the
// last of them.
constexpr std::chrono::milliseconds kSettle{100};
}  // namespace

FileWatch::FileWatch(EventLoop& loop, std::filesystem::path file, std::function<void()> changed)
    : file_{std::move(file)}, changed_{std::move(changed)} {
    const auto dir = file_.parent_path();
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    const uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE;
    if (fd_ < 0 || inotify_add_watch(fd_, dir.c_str(), mask) < 0) {
        spdlog::warn("cannot watch {} for changes ({})", dir.string(), std::strerror(errno));
        return;
    }
    settle_ = loop.timer([this] { changed_(); });
    source_ = loop.watch_fd(fd_, EPOLLIN, [this] { drain(); });
}

FileWatch::~FileWatch() {
    source_ = {};
    if (fd_ >= 0) close(fd_);
}

void FileWatch::drain() {
    alignas(inotify_event) std::array<char, 4096> buffer;
    bool ours = false;
    for (;;) {
        const ssize_t length = read(fd_, buffer.data(), buffer.size());
        if (length <= 0) break;
        for (ssize_t offset = 0; offset < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + offset);
            if (event->len > 0 && file_.filename() == event->name) ours = true;
            offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    if (ours) settle_->arm_in(kSettle);
}

}  // namespace sitbreak::platform
