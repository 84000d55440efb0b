#pragma once
// The terminal while `sitbreak session` walks a routine: keys without Enter's line
// editing and without echo, Ctrl-C noticed instead of killing the program (what was done
// is recorded first), and the terminal as it was once the session ends.
#include <chrono>
#include <termios.h>

namespace sitbreak::cli {

enum class Key { none, enter, skip, pause, interrupted, closed };

class Terminal {
public:
    // False when standard input is not a terminal.
    [[nodiscard]] static bool available();
    Terminal();
    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    // The next key, or Key::none when `timeout` passes first. Ctrl-C gives
    // Key::interrupted (now and at every later call), the end of input Key::closed.
    [[nodiscard]] Key wait(std::chrono::milliseconds timeout);
    // The character of the last key wait() read (0 for none): for a yes/no question.
    [[nodiscard]] char last_char() const { return last_; }

private:
    termios saved_{};
    bool restore_{false};
    char last_{0};
};

}  // namespace sitbreak::cli
