#include "tray/tray_controller.hpp"

#include <wx/app.h>
#include <wx/log.h>
#include <wx/process.h>
#include <wx/utils.h>

#include <algorithm>

#include "client/name_watch.hpp"
#include "common/i18n.hpp"
#include "tray/appindicator_library.hpp"
#include "tray/appindicator_tray.hpp"
#include "tray/daemon_link.hpp"
#include "tray/guarded.hpp"
#include "tray/session_process.hpp"
#include "tray/user_message.hpp"
#include "tray/window_glue.hpp"
#include "tray/windows/popup_surface.hpp"
#include "tray/xembed_tray.hpp"

namespace sitbreak::tray {

namespace {

using std::chrono::milliseconds;

// A little past the moment, so that the whole second it names has begun when we look.
constexpr milliseconds kClockSlack{20};

// `systemctl --user start sitbreakd` when D-Bus activation is not set up: says so if it fails.
class SystemctlStart final : public wxProcess {
public:
    explicit SystemctlStart(std::string activation_error)
        : activation_error_{std::move(activation_error)} {}
    void OnTerminate(int, int status) override {
        if (status != 0) {
            // TRANSLATORS: {0} the bus's error (English), {1} an exit status.
            tell_user(common::tr_format(
                "Cannot start the sitbreak daemon: D-Bus activation failed ({0}) and "
                "\"systemctl --user start sitbreakd\" exited with {1}.",
                activation_error_, status));
        }
        delete this;
    }

private:
    std::string activation_error_;
};

}  // namespace

TrayController::TrayController(sdbus::IConnection& bus, Options options) {
    clock_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { redraw(); });
    DaemonLink::Listener listener;
    listener.status = [this](const std::optional<DaemonStatus>& status) { status_changed(status); };
    listener.prompt_opened = [this](const PromptInfo& prompt) { windows_->prompt_opened(prompt); };
    listener.prompt_exercises = false;  // the popup's process reads them
    listener.prompt_closed = [this](std::uint64_t id, const std::string&) {
        windows_->prompt_closed(id);
    };
    listener.error = [](const std::string& sentence) { tell_user(sentence); };
    // "Start now" on the daemon's suggestion: the window opens without taking the keyboard.
    listener.session_requested = [this](const std::string& routine) {
        sessions_->open(routine, false);
    };
    sessions_ = std::make_unique<SessionProcess>(
        child_options(options.hold_length, options.probe_windows));
    link_ = std::make_unique<DaemonLink>(bus, std::move(listener));
    windows_ = std::make_unique<WindowGlue>(*link_, options.hold_length, options.probe_windows);
    // No backend until we know whether an SNI host runs: no icon flashing in the wrong place.
    host_watch_ = std::make_unique<NameWatch>(
        bus, "org.kde.StatusNotifierWatcher", [this](bool owned) { host_changed(owned); },
        &log_handler_failure);
}

TrayController::~TrayController() {
    clock_.Stop();
    host_watch_.reset();
    backend_.reset();
    windows_.reset();
    link_.reset();
}

void TrayController::status_changed(const std::optional<DaemonStatus>& status) {
    if (status.has_value() != status_.has_value()) {
        wxLogMessage(status ? "The sitbreak daemon is on the bus."
                            : "The sitbreak daemon left the bus.");
    }
    status_ = status;
    windows_->status_changed(status);
    redraw();
}

void TrayController::redraw() {
    const common::TimePoint now = client::wall_now();
    TrayView view = tray_view(status_, now, zone_);
    if (backend_ && view != shown_) {
        wxLogVerbose("showing: %s", wxString::FromUTF8(view.status_line));
        backend_->show(view);
        shown_ = std::move(view);
    }
    arm_clock(now);
}

void TrayController::arm_clock(common::TimePoint now) {
    const auto next = next_change(status_, now);
    if (!next) {
        clock_.Stop();  // away, paused or no daemon: only a signal changes what is shown
        return;
    }
    const auto delay =
        std::chrono::duration_cast<milliseconds>(*next - std::chrono::system_clock::now());
    clock_.StartOnce(static_cast<int>(std::max(delay + kClockSlack, milliseconds{1}).count()));
}

void TrayController::host_changed(bool sni_host) {
    if (backend_ && backend_is_sni_ == sni_host) return;
    std::string why;
    const AppIndicatorLibrary* library = sni_host ? AppIndicatorLibrary::load(why) : nullptr;
    if (sni_host && library == nullptr) {
        wxLogWarning(
            "A StatusNotifierItem host is running, but %s cannot be used (%s): "
            "showing the icon in the XEmbed tray.",
            "libayatana-appindicator3", wxString::FromUTF8(why));
        if (backend_) return;
    } else if (!sni_host && !x11_display()) {
        // GTK's XEmbed icon needs X11; on Wayland it only printed GTK assertions.
        wxLogMessage(
            "No StatusNotifierItem host (such as waybar's tray or KDE's panel): the icon "
            "will appear when one starts; prompts still show.");
        backend_.reset();
        return;
    } else {
        wxLogMessage(sni_host ? "Showing the icon as a StatusNotifierItem."
                              : "No StatusNotifierItem host: showing the icon in the XEmbed tray.");
    }
    backend_.reset();  // the old icon goes before the new one comes
    auto handler = [this](MenuCommand command) { run(command); };
    backend_is_sni_ = library != nullptr;
    if (library != nullptr) {
        backend_ = std::make_unique<AppIndicatorTray>(*library, handler);
    } else {
        backend_ = std::make_unique<XEmbedTray>(handler);
    }
    shown_.reset();
    redraw();
}

void TrayController::run(MenuCommand command) {
    const auto menu = tray_menu(TrayView{});
    if (const MenuEntry* entry = find_entry(menu, command)) {
        wxLogVerbose("menu: %s", wxString::FromUTF8(without_mnemonic(entry->label)));
    }
    if (const auto minutes = snooze_minutes(command)) return link_->snooze(*minutes);
    if (const auto seconds = pause_seconds(command)) return link_->pause(*seconds);
    switch (command) {
    case MenuCommand::confirm_bridges: return link_->confirm("bridges");
    case MenuCommand::confirm_squeeze: return link_->confirm("squeeze");
    case MenuCommand::skip: return link_->skip();
    case MenuCommand::resume: return link_->resume();
    case MenuCommand::session: return sessions_->open("", true);
    case MenuCommand::statistics: return windows_->open_statistics();
    case MenuCommand::preferences: return windows_->open_preferences();
    case MenuCommand::start_daemon: return start_daemon();
    case MenuCommand::quit:
        // Not from inside the menu's own callback: the menu and its icon go away on exit.
        wxTheApp->CallAfter([] { wxTheApp->ExitMainLoop(); });
        return;
    default: return;
    }
}

void TrayController::start_daemon() {
    link_->start_daemon([](const std::string& why) {
        wxLogMessage("D-Bus activation of sitbreakd failed (%s); trying systemctl.",
                     wxString::FromUTF8(why));
        auto* process = new SystemctlStart{why};
        if (wxExecute("systemctl --user start sitbreakd", wxEXEC_ASYNC, process) == 0) {
            delete process;
            tell_user(common::tr_format(
                "Cannot start the sitbreak daemon: D-Bus activation failed ({}) and systemctl "
                "could not be run.",
                why));
        }
    });
}

}  // namespace sitbreak::tray
