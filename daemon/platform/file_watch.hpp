#pragma once
// Reloads the config when its file changes. Watches the directory, not the file: an
// editor that saves by renaming over the file would end a watch on the file itself.
#include <filesystem>
#include <functional>

#include "platform/event_loop.hpp"

namespace sitbreak::service {

class ConfigWatcher {
public:
    ConfigWatcher(platform::EventLoop& loop, std::filesystem::path file,
                  std::function<void()> changed);
    ~ConfigWatcher();
    ConfigWatcher(const ConfigWatcher&) = delete;
    ConfigWatcher& operator=(const ConfigWatcher&) = delete;

private:
    void drain();

    std::filesystem::path file_;
    std::function<void()> changed_;
    int fd_{-1};
    platform::EventSource source_;
    std::unique_ptr<platform::Timer> settle_;
};

}  // namespace sitbreak::service
