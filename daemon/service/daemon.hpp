#pragma once
// sitbreakd put together: the bus name, the service, the desktop's sensors and the
// notification server, all on one sd-event loop.
#include <filesystem>
#include <memory>

namespace sitbreak::service {

struct DaemonOptions {
    std::filesystem::path config_path;
    std::filesystem::path database_path;
    bool verbose{false};
};

// Runs until SIGTERM or SIGINT; returns the exit code (1 when another instance owns
// the bus name or there is no session bus).
int run_daemon(const DaemonOptions& options);

}  // namespace sitbreak::service
