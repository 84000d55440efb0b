#pragma once
// The system's time zone, followed while the daemon runs (issue 12, defect 6). The C
// library reads the zone once; this watches the file it reads (/etc/localtime, which
// timedated replaces, or the file TZ names as ":/path"), makes the library read it again
// when it changes, and says so. A TZ naming a zone ("Europe/Berlin") cannot change while
// the daemon runs, and is not watched.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

#include "platform/file_watch.hpp"

namespace sitbreak::platform {

// The file the C library reads the local zone from; nullopt when TZ names a zone.
[[nodiscard]] std::optional<std::filesystem::path> zone_file();

class ZoneWatch {
public:
    ZoneWatch(EventLoop& loop, std::function<void()> changed);

private:
    std::function<void()> changed_;
    std::unique_ptr<FileWatch> watch_;
};

}  // namespace sitbreak::platform
