#pragma once
// A process of this same program that the tray starts for a window of its own (the prompt
// popup, the session window; DESIGN §12 measures the tray after them): what those windows
// load leaves with the process. Ended with SIGTERM when its owner goes.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sitbreak::tray {

// The options every child passes on: test hooks and the log level.
struct ChildOptions {
    int hold_seconds{0};  // --squeeze-seconds, for tests; 0 none
    bool probe_windows{false};
};

[[nodiscard]] inline ChildOptions child_options(std::optional<std::chrono::seconds> hold_length,
                                               bool probe_windows) {
    return {hold_length ? static_cast<int>(hold_length->count()) : 0, probe_windows};
}

class ChildProcess {
public:
    // `what` names it in logs and sentences ("the prompt's popup"); `ended` runs with its
    // exit status once it has ended by itself.
    ChildProcess(std::string what, std::function<void(int status)> ended);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Starts this program with `arguments` and the options; false when it could not (the
    // user is told why).
    bool start(std::vector<std::string> arguments, const ChildOptions& options);
    [[nodiscard]] bool running() const { return watch_ != nullptr; }

private:
    class Watch;
    void ended(int status);

    std::string what_;
    std::function<void(int)> on_end_;
    Watch* watch_{nullptr};  // deletes itself when the process ends
    long pid_{0};
};

}  // namespace sitbreak::tray
