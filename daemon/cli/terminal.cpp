#include "cli/terminal.hpp"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

namespace sitbreak::cli {

namespace {

std::atomic<bool> interrupted{false};

void on_interrupt(int) { interrupted = true; }

}  // namespace

bool Terminal::available() { return ::isatty(STDIN_FILENO) == 1; }

Terminal::Terminal() {
    // No SA_RESTART: poll() returns EINTR at once, so Ctrl-C is answered at once.
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    if (::tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    restore_ = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
}

Terminal::~Terminal() {
    if (restore_) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
}

Key Terminal::wait(std::chrono::milliseconds timeout) {
    last_ = 0;
    if (interrupted) return Key::interrupted;
    pollfd in{STDIN_FILENO, POLLIN, 0};
    const int ready = ::poll(&in, 1, static_cast<int>(timeout.count()));
    if (interrupted) return Key::interrupted;
    if (ready <= 0) return Key::none;  // timeout, or a signal we do not act on
    char c = 0;
    const ssize_t got = ::read(STDIN_FILENO, &c, 1);
    if (got == 0) return Key::closed;
    if (got < 0) return errno == EINTR ? Key::none : Key::closed;
    last_ = c;
    switch (c) {
    case '\n':
    case '\r': return Key::enter;
    case 's':
    case 'S': return Key::skip;
    case 'p':
    case 'P':
    case ' ': return Key::pause;
    case 4: return Key::closed;  // Ctrl-D
    default: return Key::none;
    }
}

}  // namespace sitbreak::cli
