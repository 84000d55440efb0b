#pragma once
// The session window runs in a process of its own, `sitbreak-tray --session ROUTINE`, like the
// prompt popup (tray/popup_process.hpp): its wx windows and figures leave the tray when it
// closes. One at a time: asked again while one runs, the tray leaves it be.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sitbreak::tray {

class SessionProcess {
public:
    struct Options {
        std::optional<std::chrono::seconds> hold_length;  // --squeeze-seconds, for tests
        bool probe_windows{false};                        // --probe-windows, for tests
    };
    explicit SessionProcess(Options options);
    ~SessionProcess();  // ends a session window still open: the session ends stopped
    SessionProcess(const SessionProcess&) = delete;
    SessionProcess& operator=(const SessionProcess&) = delete;

    // `routine` "" is the catalogue's first; `take_focus` false when the daemon's suggestion
    // asked for it.
    void open(const std::string& routine, bool take_focus);
    [[nodiscard]] bool running() const { return child_ != nullptr; }

    // The command line of a session process, after the program's path.
    [[nodiscard]] std::vector<std::string> arguments(const std::string& routine,
                                                     bool take_focus) const;

private:
    class Child;
    void ended(int status);

    Options options_;
    Child* child_{nullptr};  // deletes itself when the process ends
    long pid_{0};
};

}  // namespace sitbreak::tray
