#include "process.hpp"

#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace sitbreak::test {
namespace {

using Clock = std::chrono::steady_clock;

// Everything the child needs, prepared before fork: after it only async-signal-safe calls.
struct ChildPlan {
    std::vector<std::string> args;
    std::vector<std::string> env;
    std::vector<char*> argv;
    std::vector<char*> envp;
    std::vector<std::pair<int, int>> fds;  // {source, target}, stdin/out/err included
    std::string working_dir;
    pid_t parent{0};
    int status_fd{-1};  // the write end of a CLOEXEC pipe: exec errno goes there
};

std::vector<std::string> merged_env(const Env& changes) {
    std::map<std::string, std::string> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text{*entry};
        const auto equals = text.find('=');
        if (equals != std::string::npos) env[text.substr(0, equals)] = text.substr(equals + 1);
    }
    for (const auto& [name, value] : changes) {
        if (value) {
            env[name] = *value;
        } else {
            env.erase(name);
        }
    }
    std::vector<std::string> result;
    for (const auto& [name, value] : env) result.push_back(name + "=" + value);
    return result;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (auto& text : strings) result.push_back(text.data());
    result.push_back(nullptr);
    return result;
}

int open_or_throw(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error{"cannot open " + path.string() + ": " + std::strerror(errno)};
    return fd;
}

[[noreturn]] void fail_in_child(int status_fd) {
    const int error = errno;
    [[maybe_unused]] auto written = ::write(status_fd, &error, sizeof error);
    ::_exit(127);
}

// Runs in the forked child.
[[noreturn]] void exec_child(const ChildPlan& plan) {
    ::setpgid(0, 0);
    // Killed with the test binary, even when it dies without running destructors.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != plan.parent) ::_exit(127);
    // The test may have blocked or ignored signals (EventLoop::on_signal blocks SIGTERM);
    // a child inheriting that would ignore our SIGTERM.
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int signal = 1; signal < NSIG; ++signal) {
        if (signal != SIGKILL && signal != SIGSTOP) ::signal(signal, SIG_DFL);
    }
    // Everything not handed over explicitly closes at exec.
    ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
    // Two steps, so that a source already sitting on some target's number is not clobbered.
    int temporary[16];
    const std::size_t count = std::min<std::size_t>(plan.fds.size(), 16);
    for (std::size_t i = 0; i < count; ++i) {
        temporary[i] = ::fcntl(plan.fds[i].first, F_DUPFD_CLOEXEC, 100);
        if (temporary[i] < 0) fail_in_child(plan.status_fd);
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (::dup2(temporary[i], plan.fds[i].second) < 0) fail_in_child(plan.status_fd);
    }
    if (!plan.working_dir.empty() && ::chdir(plan.working_dir.c_str()) != 0) {
        fail_in_child(plan.status_fd);
    }
    ::execvpe(plan.argv[0], plan.argv.data(), plan.envp.data());
    fail_in_child(plan.status_fd);
}

int decode(const siginfo_t& info) {
    return info.si_code == CLD_EXITED ? info.si_status : 128 + info.si_status;
}

}  // namespace

Process::Process(std::vector<std::string> args, ProcessOptions options) {
    if (args.empty()) throw std::invalid_argument{"Process needs a program to run"};
    if (options.pass_fds.size() > 12) throw std::invalid_argument{"Process passes at most 12 fds"};
    name_ = args.front();
    stdout_path_ = std::move(options.stdout_path);
    stderr_path_ = std::move(options.stderr_path);
    if (stdout_path_.empty() || stderr_path_.empty()) {
        output_dir_ = std::make_unique<TempDir>("proc");
        if (stdout_path_.empty()) stdout_path_ = *output_dir_ / "stdout";
        if (stderr_path_.empty()) stderr_path_ = *output_dir_ / "stderr";
    }
    ChildPlan plan;
    plan.args = std::move(args);
    plan.env = merged_env(options.env);
    plan.argv = pointers(plan.args);
    plan.envp = pointers(plan.env);
    plan.working_dir = options.working_dir.string();
    plan.parent = ::getpid();

    const int in = open_or_throw("/dev/null", O_RDONLY);
    const int out = open_or_throw(stdout_path_, O_WRONLY | O_CREAT | O_TRUNC);
    const int err = open_or_throw(stderr_path_, O_WRONLY | O_CREAT | O_TRUNC);
    plan.fds = {{in, 0}, {out, 1}, {err, 2}};
    plan.fds.insert(plan.fds.end(), options.pass_fds.begin(), options.pass_fds.end());
    int status[2];
    if (::pipe2(status, O_CLOEXEC) != 0) throw std::runtime_error{"pipe2 failed"};
    plan.status_fd = status[1];

    pid_ = ::fork();
    if (pid_ == 0) exec_child(plan);
    const int fork_error = errno;
    for (const int fd : {in, out, err, status[1]}) ::close(fd);
    if (pid_ < 0) {
        ::close(status[0]);
        throw std::runtime_error{"cannot fork for " + name_ + ": " + std::strerror(fork_error)};
    }
    // Also here, so that a kill of the group right after the constructor cannot miss it.
    ::setpgid(pid_, pid_);
    int exec_error = 0;
    const auto got = ::read(status[0], &exec_error, sizeof exec_error);
    ::close(status[0]);
    if (got > 0) {
        ::waitpid(pid_, nullptr, 0);
        reaped_ = true;
        throw std::runtime_error{"cannot run " + name_ + ": " + std::strerror(exec_error)};
    }
}

Process::~Process() { release(); }

Process::Process(Process&& other) noexcept
    : name_{std::move(other.name_)},
      pid_{std::exchange(other.pid_, -1)},
      exit_code_{other.exit_code_},
      reaped_{other.reaped_},
      output_dir_{std::move(other.output_dir_)},
      stdout_path_{std::move(other.stdout_path_)},
      stderr_path_{std::move(other.stderr_path_)} {}

Process& Process::operator=(Process&& other) noexcept {
    if (this != &other) {
        release();
        name_ = std::move(other.name_);
        pid_ = std::exchange(other.pid_, -1);
        exit_code_ = other.exit_code_;
        reaped_ = other.reaped_;
        output_dir_ = std::move(other.output_dir_);
        stdout_path_ = std::move(other.stdout_path_);
        stderr_path_ = std::move(other.stderr_path_);
    }
    return *this;
}

void Process::release() {
    if (pid_ > 0 && !reaped_) stop();
    pid_ = -1;
}

std::string Process::describe() const { return name_ + " (pid " + std::to_string(pid_) + ")"; }

void Process::check_exit() {
    if (exit_code_ || pid_ <= 0) return;
    // WNOWAIT leaves a zombie: its pid, and so its process group id, cannot be reused
    // before stop() has signalled the group.
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid_) {
        exit_code_ = decode(info);
    }
}

bool Process::running() {
    check_exit();
    return pid_ > 0 && !exit_code_;
}

std::optional<int> Process::wait_for_exit(milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (running() && Clock::now() < deadline) std::this_thread::sleep_for(milliseconds{5});
    check_exit();
    return exit_code_;
}

void Process::kill(int signal) {
    if (running()) ::kill(pid_, signal);
}

int Process::stop(milliseconds grace) {
    if (pid_ <= 0) return exit_code_.value_or(-1);
    if (!reaped_) {
        if (running()) ::kill(-pid_, SIGTERM);
        wait_for_exit(grace);
        // Whatever is left of the group (grandchildren, or a child ignoring SIGTERM).
        ::kill(-pid_, SIGKILL);
        siginfo_t info{};
        if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED) == 0 && !exit_code_) {
            exit_code_ = decode(info);
        }
        reaped_ = true;
    }
    return exit_code_.value_or(-1);
}

std::string Process::out() const { return read_file(stdout_path_); }

std::string Process::err() const { return read_file(stderr_path_); }

namespace {

std::string read_line(int fd, Process& process, milliseconds timeout) {
    std::string text;
    const auto deadline = Clock::now() + timeout;
    while (text.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        pollfd ready{fd, POLLIN, 0};
        if (left.count() <= 0 || ::poll(&ready, 1, static_cast<int>(left.count())) <= 0) {
            throw std::runtime_error{process.describe() +
                                     " did not say it was ready in time: " + process.err()};
        }
        char buffer[256];
        const auto got = ::read(fd, buffer, sizeof buffer);
        if (got <= 0) {
            throw std::runtime_error{process.describe() +
                                     " exited before it was ready: " + process.err()};
        }
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return text.substr(0, text.find('\n'));
}

}  // namespace

std::string start_and_read_line(std::unique_ptr<Process>& process, std::vector<std::string> args,
                                ProcessOptions options, int ready_fd, milliseconds timeout) {
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error{"pipe2 failed"};
    options.pass_fds.emplace_back(pipe_fds[1], ready_fd);
    std::string line;
    try {
        process = std::make_unique<Process>(std::move(args), std::move(options));
        // Our copy of the write end must go, or a dying child would not give us EOF.
        ::close(std::exchange(pipe_fds[1], -1));
        line = read_line(pipe_fds[0], *process, timeout);
    } catch (...) {
        ::close(pipe_fds[0]);
        if (pipe_fds[1] >= 0) ::close(pipe_fds[1]);
        throw;
    }
    ::close(pipe_fds[0]);
    return line;
}

RunResult run(std::vector<std::string> args, Env env, milliseconds timeout) {
    ProcessOptions options;
    options.env = std::move(env);
    Process process{std::move(args), std::move(options)};
    RunResult result;
    const auto code = process.wait_for_exit(timeout);
    process.stop(milliseconds{0});
    result.exit_code = code.value_or(-1);
    result.out = process.out();
    result.err = process.err();
    return result;
}

}  // namespace sitbreak::test
