#pragma once
// Child processes for tests: started in their own process group, output captured to files,
// and never left behind (the destructor kills the group and reaps; PR_SET_PDEATHSIG kills
// the child if the test binary itself dies).
#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "temp_dir.hpp"

namespace sitbreak::test {

using std::chrono::milliseconds;

// Changes to the test's environment for a child: a value sets the variable, nullopt unsets it.
using Env = std::map<std::string, std::optional<std::string>>;

struct ProcessOptions {
    Env env;
    // Where stdout/stderr go (truncated); empty: files in a private temporary directory.
    std::filesystem::path stdout_path;
    std::filesystem::path stderr_path;
    // {fd in this process, fd number in the child}: e.g. a pipe for `Xvfb -displayfd 3`.
    std::vector<std::pair<int, int>> pass_fds;
    std::filesystem::path working_dir;  // empty: the test's own
};

class Process {
public:
    // Runs args[0] (looked up in PATH) with args; throws std::runtime_error if it cannot be
    // started, exec failure included. stdin is /dev/null.
    explicit Process(std::vector<std::string> args, ProcessOptions options = {});
    // stop(): SIGTERM to the group, SIGKILL after a grace period, reaped.
    ~Process();
    Process(Process&& other) noexcept;
    Process& operator=(Process&& other) noexcept;
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    [[nodiscard]] pid_t pid() const { return pid_; }
    // "Xvfb (pid 42)", for failure messages.
    [[nodiscard]] std::string describe() const;
    // True until the child has exited (it is not reaped until stop or destruction).
    [[nodiscard]] bool running();
    // The exit code (128 + signal if killed by one) once it exits, nullopt on timeout.
    std::optional<int> wait_for_exit(milliseconds timeout);
    // Sends `signal` to the child only (not its group).
    void kill(int signal = SIGTERM);
    // SIGTERM to the whole group, SIGKILL to it after `grace`, reap; returns the exit code.
    int stop(milliseconds grace = milliseconds{2000});
    // What it wrote so far.
    [[nodiscard]] std::string out() const;
    [[nodiscard]] std::string err() const;

private:
    void check_exit();
    void release();

    std::string name_;
    pid_t pid_{-1};
    std::optional<int> exit_code_;
    bool reaped_{false};
    std::unique_ptr<TempDir> output_dir_;
    std::filesystem::path stdout_path_;
    std::filesystem::path stderr_path_;
};

// Starts a program that says it is ready by writing one line to its fd `ready_fd` (Xvfb
// -displayfd, dbus-daemon --print-address) and returns that line; throws after `timeout`.
[[nodiscard]] std::string start_and_read_line(std::unique_ptr<Process>& process,
                                              std::vector<std::string> args, ProcessOptions options,
                                              int ready_fd,
                                              milliseconds timeout = milliseconds{10000});

struct RunResult {
    int exit_code{-1};  // -1: it did not finish in time and was killed
    std::string out;
    std::string err;
};

// Runs a short command to the end (killed after `timeout`) and returns what it said.
[[nodiscard]] RunResult run(std::vector<std::string> args, Env env = {},
                            milliseconds timeout = milliseconds{10000});

}  // namespace sitbreak::test
