#include "tray/popup_controller.hpp"

#include <wx/log.h>

#include "tray/daemon_link.hpp"
#include "tray/user_message.hpp"
#include "tray/window_glue.hpp"

namespace sitbreak::tray {

namespace {

// Far beyond the two calls (GetStatus, GetExercises) a popup waits for.
constexpr int kGiveUpMilliseconds = 30'000;

}  // namespace

PopupController::PopupController(sdbus::IConnection& bus,
                                 std::optional<std::chrono::seconds> hold_length,
                                 bool probe_windows, std::function<void()> done)
    : done_{std::move(done)} {
    DaemonLink::Listener listener;
    listener.status = [this](const std::optional<DaemonStatus>& status) { status_changed(status); };
    listener.prompt_opened = [this](const PromptInfo& prompt) { windows_->prompt_opened(prompt); };
    listener.prompt_closed = [this](std::uint64_t id, const std::string&) {
        windows_->prompt_closed(id);
        finish_unless_showing();
    };
    listener.error = [](const std::string& sentence) { tell_user(sentence); };
    link_ = std::make_unique<DaemonLink>(bus, std::move(listener));
    windows_ = std::make_unique<WindowGlue>(*link_, hold_length, probe_windows,
                                            WindowGlue::PopupHost::here);
    give_up_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { finish_unless_showing(); });
    give_up_.StartOnce(kGiveUpMilliseconds);
}

PopupController::~PopupController() {
    give_up_.Stop();
    windows_.reset();
    link_.reset();
}

void PopupController::status_changed(const std::optional<DaemonStatus>& status) {
    windows_->status_changed(status);
    const bool first = !had_status_;
    had_status_ = had_status_ || status.has_value();
    if (!status) {
        if (first) return;  // not on the bus yet: the daemon may be starting
        wxLogMessage("The sitbreak daemon left the bus: the prompt's popup closes.");
        return done_();
    }
    // Nothing to show: the prompt closed before this process was up, or the settings say
    // notifications now.
    if (first) finish_unless_showing();
}

void PopupController::finish_unless_showing() {
    if (!windows_->showing_prompt()) done_();
}

}  // namespace sitbreak::tray
