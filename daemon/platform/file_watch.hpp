#pragma once
// Runs a callback when a file changes: the config file, the time zone file. Watches the
// directory, not the file: an editor that saves by renaming over the file (and timedated
// replacing /etc/localtime) would end a watch on the file itself. The directory must exist.
#include <filesystem>
#include <functional>
#include <memory>

#include "platform/event_loop.hpp"

namespace sitbreak::platform {

class FileWatch {
public:
    FileWatch(EventLoop& loop, std::filesystem::path file, std::function<void()> changed);
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    // False when the directory could not be watched (the reason was logged).
    [[nodiscard]] bool watching() const { return static_cast<bool>(source_); }

private:
    void drain();

    std::filesystem::path file_;
    std::function<void()> changed_;
    int fd_{-1};
    EventSource source_;
    std::unique_ptr<Timer> settle_;
};

}  // namespace sitbreak::platform
