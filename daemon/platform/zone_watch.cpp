#include "platform/zone_watch.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <ctime>
#include <string>

namespace sitbreak::platform {

namespace {

// glibc reads the zone again on tzset() only when TZ's text changed: for a TZ that names
// a file, or no TZ and a new /etc/localtime, show it a different zone in between.
void read_zone_again() {
    const char* tz = std::getenv("TZ");
    const std::optional<std::string> saved = tz ? std::optional<std::string>{tz} : std::nullopt;
    ::setenv("TZ", "UTC0", 1);
    ::tzset();
    if (saved) {
        ::setenv("TZ", saved->c_str(), 1);
    } else {
        ::unsetenv("TZ");
    }
    ::tzset();
}

}  // namespace

std::optional<std::filesystem::path> zone_file() {
    const char* tz = std::getenv("TZ");
    if (tz == nullptr) return std::filesystem::path{"/etc/localtime"};
    std::string_view name{tz};
    if (!name.empty() && name.front() == ':') name.remove_prefix(1);
    if (!name.empty() && name.front() == '/') return std::filesystem::path{name};
    return std::nullopt;
}

ZoneWatch::ZoneWatch(EventLoop& loop, std::function<void()> changed)
    : changed_{std::move(changed)} {
    const auto file = zone_file();
    if (!file) return;
    watch_ = std::make_unique<FileWatch>(loop, *file, [this] {
        read_zone_again();
        changed_();
    });
}

}  // namespace sitbreak::platform
