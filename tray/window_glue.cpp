#include "tray/window_glue.hpp"

#include <wx/log.h>
#include <wx/weakref.h>

#include <utility>
#include <vector>

#include "config/paths.hpp"
#include "config/settings.hpp"
#include "tray/daemon_link.hpp"
#include "tray/popup_process.hpp"
#include "tray/windows/languages.hpp"
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
                       bool probe_windows, PopupHost host)
    : link_{link},
      hold_length_{hold_length},
      probe_windows_{probe_windows},
      popup_process_{
          host == PopupHost::own_process
              ? std::make_unique<PopupProcess>(child_options(hold_length, probe_windows))
              : nullptr},
      windows_{std::make_unique<Windows>()} {}

WindowGlue::~WindowGlue() {
    if (windows_->popup) windows_->popup->Destroy();
    if (windows_->stats) windows_->stats->Destroy();
    if (windows_->prefs) windows_->prefs->Destroy();
}

void WindowGlue::prompt_opened(PromptInfo prompt) {
    if (prompt.id == last_closed_) last_closed_ = 0;  // a snoozed prompt coming back
    if (popup_process_) {
        // Decided on the status PromptOpened asked for (DaemonLink): the settings in the
        // one we have may be older than the prompt.
        pending_prompt_ = prompt.id;
        return;
    }
    if (status_) prompt.snoozes_left = status_->snoozes_left;
    if (shows_popup()) show_prompt(prompt);
}

// As the daemon decides whether to leave prompts to the tray (the tray owns
// org.sitbreak.Tray.Popup only where popup_surface() is not none), with the settings the
// daemon runs with: a config file it refused may say something else.
bool WindowGlue::shows_popup() const {
    const auto style = config::prompt_style_from_string(status_ ? status_->prompt_style : "");
    switch (style.value_or(config::PromptStyle::automatic)) {
    case config::PromptStyle::notification: return false;
    case config::PromptStyle::popup: return true;
    case config::PromptStyle::automatic: return popup_surface() != PopupSurface::none;
    }
    return false;
}

void WindowGlue::prompt_closed(std::uint64_t id) {
    last_closed_ = id;
    if (pending_prompt_ == id) pending_prompt_ = 0;
    if (windows_->popup && windows_->popup_id == id) close_prompt();
}

void WindowGlue::status_changed(const std::optional<DaemonStatus>& status) {
    const bool stats_stale = stats_differ(status_, status);
    const bool first = !connected_;
    status_ = status;
    connected_ = status.has_value();
    if (!status) {
        awaiting_exercises_ = false;
        close_prompt();  // whatever was open ends with the daemon (as "ignored")
        return;
    }
    follow_prompt(*status, first);
    if (stats_stale && windows_->stats) load_statistics();
}

// The popup for a prompt found open at connect or announced since, and its snooze count.
void WindowGlue::follow_prompt(const DaemonStatus& status, bool first) {
    const bool prompting = status.state == DaemonState::prompting && status.prompt_id != 0;
    if (first && prompting && status.prompt_id != last_closed_) pending_prompt_ = status.prompt_id;
    if (popup_process_) {
        // Until a status has the prompt: one asked for before it opened may come first.
        if (pending_prompt_ == 0 || status.prompt_id != pending_prompt_) return;
        pending_prompt_ = 0;
        if (prompting && shows_popup()) popup_process_->show();  // it reads the bus itself
    } else if (std::exchange(pending_prompt_, 0) == status.prompt_id && prompting &&
               !windows_->popup && shows_popup()) {
        awaiting_exercises_ = true;
        // Found open at connect: the status has the daemon's sentence, the catalogue the rest.
        link_.fetch_exercises(status.exercises, [this, prompt = status](auto offered) {
            awaiting_exercises_ = false;
            if (status_ && status_->prompt_id == prompt.prompt_id && shows_popup()) {
                show_prompt({prompt.prompt_id, std::move(offered), prompt.prompt_text,
                             status_->snoozes_left});
            }
        });
    } else if (prompting && windows_->popup && windows_->popup_id == status.prompt_id &&
               windows_->prompt.snoozes_left != status.snoozes_left) {
        windows_->prompt.snoozes_left = status.snoozes_left;
        windows_->popup->update(windows_->prompt);
    }
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
        options.tick =
            status_ && status_->prompt_sound == config::to_string(config::PromptSound::tick);
        options.hold_length = hold_length_;
        load_window_languages();
        windows_->popup = new PromptPopup(prompt, std::move(actions), std::move(options));
        if (probe_windows_) watch_window(windows_->popup, {});
    }
    windows_->popup_id = prompt.id;
    windows_->prompt = prompt;
}

bool WindowGlue::showing_prompt() const { return windows_->popup || awaiting_exercises_; }

void WindowGlue::close_prompt() {
    if (windows_->popup) windows_->popup->close_prompt();
    windows_->popup = nullptr;
    windows_->popup_id = 0;
}

void WindowGlue::open_statistics() {
    if (!windows_->stats) {
        load_window_languages();
        windows_->stats = new StatsWindow();
    }
    windows_->stats->Show();
    windows_->stats->Raise();
    load_statistics();
}

void WindowGlue::load_statistics() {
    if (!status_) return;
    wxWeakRef<StatsWindow> window = windows_->stats;
    link_.fetch_stats(status_->today, [window, goal = status_->daily_goal](StatsData data) {
        if (!window) return;  // closed while the daemon answered
        data.daily_goal = goal;
        wxLogVerbose("statistics: %zu days, streak %u (best %u), goal %u", data.days.size(),
                     data.current_streak, data.best_streak, data.daily_goal);
        window->set_data(data);
    });
}

void WindowGlue::open_preferences() {
    if (!windows_->prefs) {
        load_window_languages();
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
