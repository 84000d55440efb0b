#include "microphone_helper.hpp"

#include <signal.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cerrno>
#include <string>
#include <string_view>

#include "platform/calls/mic_helper.hpp"
#include "platform/calls/mic_watch.hpp"
#include "platform/event_loop.hpp"

namespace sitbreak::platform {
namespace {

// One line to the daemon; false when it is gone.
bool say(std::string line) {
    std::replace(line.begin(), line.end(), '\n', ' ');
    line += '\n';
    std::string_view rest = line;
    while (!rest.empty()) {
        const ssize_t written = ::write(STDOUT_FILENO, rest.data(), rest.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        rest.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

}  // namespace

int run_microphone_helper() {
    // What the daemon had open (its bus, its history, the X display) is not the helper's.
    ::close_range(STDERR_FILENO + 1, ~0U, 0);
    std::signal(SIGPIPE, SIG_IGN);
    EventLoop loop;
    auto term = loop.on_signal(SIGTERM, [&loop] { loop.exit(0); });
    // The daemon writes nothing: stdin is readable only when it has gone.
    auto daemon_gone = loop.watch_fd(STDIN_FILENO, EPOLLIN, [&loop] { loop.exit(0); });
    const auto report = [&loop](std::string line) {
        if (!say(std::move(line))) loop.exit(0);
    };
    MicWatch watch{
        loop,
        [&report](bool recording) {
            report(std::string{recording ? kMicRecording : kMicSilent});
        },
        [&report](const std::string& problem) { report(std::string{kMicProblem} + problem); }};
    return loop.run();
}

}  // namespace sitbreak::platform
