#pragma once
// The daemon's side of `sitbreakd --watch-microphones` (microphone_helper.hpp): a helper
// process that runs MicWatch, so that libpulse and what it pulls in (about 2 MiB, never
// unloaded once loaded: it is linked NODELETE) cost memory only while it runs. It reports
// each change as one line over a socket that is its stdin and stdout, and it ends when
// stopped (SIGTERM) or when the daemon goes (its stdin ends). Read on the daemon's loop.
#include <sys/types.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/event_loop.hpp"

namespace sitbreak::platform {

// The helper's lines.
inline constexpr std::string_view kMicRecording = "recording";
inline constexpr std::string_view kMicSilent = "silent";
inline constexpr std::string_view kMicProblem = "problem ";  // + why; nothing after: none

class MicHelper {
public:
    struct Listener {
        std::function<void(bool recording)> changed;
        std::function<void(const std::string& problem)> problem;  // "" once it can ask
        // It ended without being stopped, with why (its exit status).
        std::function<void(const std::string& why)> ended;
    };
    MicHelper(EventLoop& loop, Listener listener);
    ~MicHelper();
    MicHelper(const MicHelper&) = delete;
    MicHelper& operator=(const MicHelper&) = delete;

    // Starts the helper unless it runs; false, with why, when it cannot be started.
    bool start(std::string& why);
    void stop();
    [[nodiscard]] bool running() const { return pid_ > 0; }

private:
    void on_readable();
    void on_line(std::string_view line);
    void ended();
    void close_socket();

    EventLoop& loop_;
    Listener listener_;
    pid_t pid_{-1};
    int socket_{-1};
    unsigned generation_{0};  // one more at each start
    std::string pending_;     // a line read in part
    EventSource reader_;
    std::vector<EventSource> retired_;  // readers of stopped helpers, dropped at the next read
};

}  // namespace sitbreak::platform
