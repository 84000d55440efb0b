#include "tray/window_glue.hpp"

#include <wx/log.h>
#include <wx/weakref.h>

#include <vector>

#include "config/load.hpp"
#include "config/paths.hpp"
#include "tray/daemon_link.hpp"
#include "tray/windows/popup_surface.hpp"
#include "tray/windows/prefs_window.hpp"
#include "tray/windows/prompt_popup.hpp"
#include "tray/windows/stats_window.hpp"
#include "tray/windows/window_probe.hpp"

namespace sitbreak::tray {

namespace {

// What the stats window shows changes with these; the rest of the status does not matter.
bool stats_differ(const std::optional<DaemonStatus>& a, const std::optional<DaemonStatus>& b) {
    if (!a || !b) return a.has_value() != b.has_value();
    return a->today_done != b->today_done || a->current_streak != b->current_streak ||
           a->state != b->state || a->today != b->today;
}

}  // namespace

struct WindowGlue::Windows {
    wxWeakRef<PromptPopup> popup;
    std::uint64_t popup_id{0};
    PromptInfo prompt;  // what the popup shows
    wxWeakRef<StatsWindow> stats;
    wxWeakRef<PrefsWindow> prefs;
};

WindowGlue::WindowGlue(DaemonLink& link, std::optional<std::chrono::seconds> hold_length,
                       bool probe_windows)
    : link_{link},
      hold_length_{hold_length},
      probe_windows_{probe_windows},
      windows_{std::make_unique<Windows>()} {}

WindowGlue::~WindowGlue() {
    if (windows_->popup) windows_->popup->Destroy();
    if (windows_->stats) windows_->stats->Destroy();
    if (windows_->prefs) windows_->prefs->Destroy();
}

void WindowGlue::prompt_opened(PromptInfo prompt) {
    if (prompt.id == last_closed_) last_closed_ = 0;  // a snoozed prompt coming back
    if (status_) prompt.snoozes_left = status_->snoozes_left;
    if (shows_popup()) show_prompt(prompt);
}

// As the daemon decides whether to leave prompts to the tray (the tray owns
// org.sitbreak.Tray.Popup only where popup_surface() is not none).
bool WindowGlue::shows_popup() const {
    switch (config::load_file(config_path()).settings.prompt_style) {
    case config::PromptStyle::notification: return false;
    case config::PromptStyle::popup: return true;
    case config::PromptStyle::automatic: return popup_surface() != PopupSurface::none;
    }
    return false;
}

void WindowGlue::prompt_closed(std::uint64_t id) {
    last_closed_ = id;
    if (windows_->popup && windows_->popup_id == id) close_prompt();
}

void WindowGlue::status_changed(const std::optional<DaemonStatus>& status) {
    const bool stats_stale = stats_differ(status_, status);
    const bool first = !connected_;
    status_ = status;
    connected_ = status.has_value();
    if (!status) {
        close_prompt();  // whatever was open ends with the daemon (as "ignored")
        return;
    }
    const bool prompting = status->state == DaemonState::prompting && status->prompt_id != 0;
    if (first && prompting && status->prompt_id != last_closed_ && !windows_->popup &&
        shows_popup()) {
        // Found open at connect: the status has the daemon's sentence, the catalogue the rest.
        link_.fetch_exercises(status->exercises, [this, prompt = *status](auto offered) {
            if (status_ && status_->prompt_id == prompt.prompt_id && shows_popup()) {
                show_prompt({prompt.prompt_id, std::move(offered), prompt.prompt_text,
                             status_->snoozes_left});
            }
        });
    } else if (prompting && windows_->popup && windows_->popup_id == status->prompt_id &&
               windows_->prompt.snoozes_left != status->snoozes_left) {
        windows_->prompt.snoozes_left = status->snoozes_left;
        windows_->popup->update(windows_->prompt);
    }
    if (stats_stale && windows_->stats) load_statistics();
}

void WindowGlue::show_prompt(const PromptInfo& prompt) {
    if (windows_->popup) {
        windows_->popup->update(prompt);
    } else {
        PromptActions actions{
            [this](const std::string& exercise) { link_.confirm(exercise); },
            [this] { link_.snooze(0); },
            [this] { link_.skip(); },
        };
        PopupOptions options;
        options.tick = config::load_file(config_path()).settings.prompt_sound ==
                       config::PromptSound::tick;
        options.hold_length = hold_length_;
        windows_->popup = new PromptPopup(prompt, std::move(actions), std::move(options));
        if (probe_windows_) watch_window(windows_->popup, {});
    }
    windows_->popup_id = prompt.id;
    windows_->prompt = prompt;
}

void WindowGlue::close_prompt() {
    if (windows_->popup) windows_->popup->close_prompt();
    windows_->popup = nullptr;
    windows_->popup_id = 0;
}

void WindowGlue::open_statistics() {
    if (!windows_->stats) windows_->stats = new StatsWindow();
    windows_->stats->Show();
    windows_->stats->Raise();
    load_statistics();
}

void WindowGlue::load_statistics() {
    if (!status_) return;
    const std::string path = config_path();
    wxWeakRef<StatsWindow> window = windows_->stats;
    link_.fetch_stats(status_->today, [window, path](StatsData data) {
        if (!window) return;  // closed while the daemon answered
        // goals.daily is not in the status; the file is what the daemon runs with.
        data.daily_goal =
            static_cast<std::uint32_t>(config::load_file(path).settings.rules.daily_goal);
        wxLogVerbose("statistics: %zu days, streak %u (best %u), goal %u", data.days.size(),
                     data.current_streak, data.best_streak, data.daily_goal);
        window->set_data(data);
    });
}

void WindowGlue::open_preferences() {
    if (!windows_->prefs) {
        windows_->prefs =
            new PrefsWindow(nullptr, config_path(), [this] { link_.reload_config(); });
    }
    windows_->prefs->Show();
    windows_->prefs->Raise();
}

std::string WindowGlue::config_path() const {
    // The daemon may run with --config: its path wins over the default one.
    if (status_ && !status_->config_path.empty()) return status_->config_path;
    return config::default_config_path().string();
}

}  // namespace sitbreak::tray
