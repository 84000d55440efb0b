#pragma once
// The tray's windows and the daemon: the prompt popup follows PromptOpened / PromptClosed
// (shown by a process of its own the tray starts, tray/popup_process.hpp, which runs a
// WindowGlue of its own that shows it here),
// the statistics window is fed from GetDays + GetStreak and refreshed while open, and the
// preferences window's save asks the daemon to ReloadConfig.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "tray/daemon_status.hpp"
#include "tray/windows/window_data.hpp"

namespace sitbreak::tray {

class DaemonLink;
class PopupProcess;

class WindowGlue {
public:
    enum class PopupHost { own_process, here };
    WindowGlue(DaemonLink& link, std::optional<std::chrono::seconds> hold_length,
               bool probe_windows = false, PopupHost host = PopupHost::own_process);
    ~WindowGlue();
    WindowGlue(const WindowGlue&) = delete;
    WindowGlue& operator=(const WindowGlue&) = delete;

    void prompt_opened(PromptInfo prompt);
    void prompt_closed(std::uint64_t id);
    // Every status (nullopt: the daemon left): opens the popup for a prompt that was already
    // open when the tray connected, keeps its snooze count current, refreshes statistics.
    void status_changed(const std::optional<DaemonStatus>& status);

    // A popup is shown here, or about to be (the catalogue is on its way).
    [[nodiscard]] bool showing_prompt() const;

    void open_statistics();
    void open_preferences();

    struct Windows;  // the open windows, tracked weakly (they delete themselves)

private:
    void follow_prompt(const DaemonStatus& status, bool first);
    void show_prompt(const PromptInfo& prompt);
    [[nodiscard]] bool shows_popup() const;
    void close_prompt();
    void load_statistics();
    [[nodiscard]] std::string config_path() const;

    DaemonLink& link_;
    std::optional<std::chrono::seconds> hold_length_;
    bool probe_windows_;
    std::unique_ptr<PopupProcess> popup_process_;  // null: popups are shown here
    bool awaiting_exercises_{false};
    std::uint64_t pending_prompt_{0};  // opened; its popup not decided yet
    std::optional<DaemonStatus> status_;
    bool connected_{false};  // a status came since the daemon (re)appeared
    std::uint64_t last_closed_{0};
    std::unique_ptr<Windows> windows_;
};

}  // namespace sitbreak::tray
