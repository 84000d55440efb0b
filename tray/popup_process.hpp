#pragma once
// The prompt popup runs in a process of its own, `sitbreak-tray --popup`, started when a
// prompt opens and gone once it closes: the wx and GTK code, fonts and figures a popup
// touches would otherwise stay in the tray for the rest of the day (DESIGN §12 measures the
// tray after a popup). The process finds the open prompt on the bus and answers it there.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sitbreak::tray {

class PopupProcess {
public:
    struct Options {
        std::optional<std::chrono::seconds> hold_length;  // --squeeze-seconds, for tests
        bool probe_windows{false};                        // --probe-windows, for tests
    };
    explicit PopupProcess(Options options);
    ~PopupProcess();  // ends a popup still showing: the prompt stays open on the daemon
    PopupProcess(const PopupProcess&) = delete;
    PopupProcess& operator=(const PopupProcess&) = delete;

    // Starts the popup process. If one still runs (it may be closing the last prompt's
    // popup), starts another once it has ended; one with no prompt to show ends at once.
    void show();

    // The command line of a popup process, after the program's path.
    [[nodiscard]] std::vector<std::string> arguments() const;

private:
    class Child;
    void start();
    void ended(int status);

    Options options_;
    Child* child_{nullptr};  // deletes itself when the process ends
    long pid_{0};
    bool again_{false};
};

}  // namespace sitbreak::tray
