#include "mic_helper.hpp"

#include <signal.h>
#include <spawn.h>
#include <spdlog/spdlog.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

extern char** environ;

namespace sitbreak::platform {
namespace {

// The daemon's own program: the helper speaks the same version of the lines even when a
// package upgrade has replaced the file on disk since the daemon started.
constexpr const char* kSelf = "/proc/self/exe";

std::string exit_text(int status) {
    if (WIFEXITED(status)) return "it exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return std::string{"it was killed by "} + ::strsignal(WTERMSIG(status));
    return "it ended";
}

// Starts `sitbreakd --watch-microphones` with `end` as its stdin and stdout, its signals as
// a new process has them (the daemon blocks SIGTERM for its loop).
pid_t spawn_helper(int end, std::string& why) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, end, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, end, STDOUT_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    sigset_t handled;
    sigemptyset(&handled);
    for (const int signal : {SIGTERM, SIGINT, SIGPIPE}) sigaddset(&handled, signal);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &handled);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    std::vector<char*> argv{const_cast<char*>("sitbreakd"),
                            const_cast<char*>("--watch-microphones")};
    if (spdlog::should_log(spdlog::level::debug)) argv.push_back(const_cast<char*>("--verbose"));
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int error = posix_spawn(&pid, kSelf, &actions, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        why = std::string{"cannot start "} + kSelf + " --watch-microphones: " + std::strerror(error);
        return -1;
    }
    return pid;
}

}  // namespace

MicHelper::MicHelper(EventLoop& loop, Listener listener)
    : loop_{loop}, listener_{std::move(listener)} {}

MicHelper::~MicHelper() { stop(); }

bool MicHelper::start(std::string& why) {
    if (running()) return true;
    std::array<int, 2> ends{};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends.data()) != 0) {
        why = std::string{"no socket for the microphone watcher: "} + std::strerror(errno);
        return false;
    }
    const pid_t pid = spawn_helper(ends[1], why);
    ::close(ends[1]);
    if (pid < 0) {
        ::close(ends[0]);
        return false;
    }
    pid_ = pid;
    socket_ = ends[0];
    ++generation_;
    reader_ = loop_.watch_fd(socket_, EPOLLIN, [this] { on_readable(); });
    spdlog::debug("asking the sound server about microphones (process {})", pid_);
    return true;
}

// SIGKILL: the helper keeps nothing worth ending cleanly, and a hung one must not hang the
// daemon as it waits for it.
void MicHelper::stop() {
    if (!running()) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    spdlog::debug("stopped asking the sound server about microphones");
    close_socket();
}

void MicHelper::close_socket() {
    // Stopped from a callback of the reader itself: it is disabled now and dropped later,
    // never while it runs.
    sd_event_source_set_enabled(reader_.get(), SD_EVENT_OFF);
    if (reader_) retired_.push_back(std::move(reader_));
    ::close(socket_);
    socket_ = -1;
    pid_ = -1;
    pending_.clear();
}

void MicHelper::on_readable() {
    retired_.clear();  // disabled, so none of them is the one running now
    std::array<char, 512> buffer{};
    const ssize_t got = ::read(socket_, buffer.data(), buffer.size());
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (got <= 0) return ended();
    pending_.append(buffer.data(), static_cast<std::size_t>(got));
    std::vector<std::string> lines;
    for (auto end = pending_.find('\n'); end != std::string::npos; end = pending_.find('\n')) {
        lines.push_back(pending_.substr(0, end));
        pending_.erase(0, end + 1);
    }
    const unsigned generation = generation_;
    for (const std::string& line : lines) {
        // A listener may stop the helper (or start another): the rest was the old one's.
        if (generation_ != generation || !running()) return;
        on_line(line);
    }
}

void MicHelper::on_line(std::string_view line) {
    if (line == kMicRecording || line == kMicSilent) {
        listener_.changed(line == kMicRecording);
    } else if (line.starts_with(kMicProblem)) {
        listener_.problem(std::string{line.substr(kMicProblem.size())});
    } else {
        spdlog::warn("the microphone watcher said something unknown: {}", line);
    }
}

// The socket ended without a stop: the helper is exiting, so the wait is short.
void MicHelper::ended() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    close_socket();
    listener_.ended(exit_text(status));
}

}  // namespace sitbreak::platform
