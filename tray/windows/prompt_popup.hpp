#pragma once
// The prompt popup (DESIGN §10): top centre of the monitor with the pointer, above other
// windows, and never taking keyboard focus, so that typing goes on into the window the
// user works in (on Wayland a layer surface: see popup_surface.hpp). It shows the daemon's
// sentence and each offered exercise with its figure, its guided start and its "did it"
// button, then Snooze (while snoozes are left) and Skip. A guided set (guide_page.hpp)
// counts the reps at the catalogue's tempo, or counts a hold down, and confirms at its end.
//
// After a button it calls the action and hides; the tray calls close_prompt() when the
// daemon says the prompt closed (PromptClosed), which destroys it. Hold it in a wxWeakRef.
#include <wx/frame.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tray/windows/click_guard.hpp"
#include "tray/windows/guided_set.hpp"
#include "tray/windows/rep_sound.hpp"
#include "tray/windows/window_data.hpp"

class wxButton;
class wxBoxSizer;
class wxSizer;
class wxPanel;
class wxStaticText;

namespace sitbreak::tray {

class GuidePage;

struct PopupOptions {
    // A soft sound through the desktop's sound theme as each rep of a guided set begins.
    bool tick{false};
    // Replaces the seconds of seconds doses (the tray's hidden --squeeze-seconds, for tests).
    std::optional<std::chrono::seconds> hold_length;
    // Told as each rep of a guided set begins (the demo prints it for the gui tests).
    std::function<void(const common::Exercise&, const RepState&)> rep_began;
};

class PromptPopup : public wxFrame {
public:
    PromptPopup(const PromptInfo& info, PromptActions actions, PopupOptions options = {});
    ~PromptPopup() override;

    // The same prompt changed or notified again (text, snoozes left, exercises): show the
    // new state, and show the popup again if it was hidden. Clicks are ignored again for a
    // moment, since the buttons may have moved. A guided set goes on.
    void update(const PromptInfo& info);
    // The prompt ended elsewhere (CLI, notification, natural break): go without a word.
    void close_prompt();
    // Starts the guided set of the offered exercise `id` as if its start button was
    // pressed; false when the prompt does not offer it.
    bool start_guide(const std::string& id);

private:
    struct Card {
        std::string id;
        wxButton* start{nullptr};
        wxButton* done{nullptr};
    };

    void build_choice_page();
    void show_info(const PromptInfo& info);
    void show_exercises(const std::vector<common::Exercise>& exercises);
    void add_card(wxSizer& grid, const common::Exercise& exercise);
    void show_page(wxPanel* page);
    void place_top_centre();
    void on_paint(wxPaintEvent& event);
    void on_button(wxCommandEvent& event);
    void on_tick(wxTimerEvent& event);
    void show_guide_frame(std::chrono::milliseconds elapsed);
    void cancel_guide();
    void confirm(const std::string& id);
    void finish(const std::function<void()>& action);
    [[nodiscard]] bool accepts_click() const;

    PromptActions actions_;
    PopupOptions options_;
    std::unique_ptr<RepSound> sound_;  // with options_.tick only
    ClickGuard guard_;
    bool arm_on_paint_{false};
    bool layer_surface_{false};  // placed by a Wayland compositor (see popup_surface.hpp)
    wxTimer ticker_;             // runs only while a set is guided
    std::vector<common::Exercise> offered_;
    common::Exercise guided_;
    std::optional<GuidedSet> set_;
    std::chrono::steady_clock::time_point set_started_;
    wxPanel* root_{nullptr};
    wxPanel* choice_page_{nullptr};
    GuidePage* guide_page_{nullptr};
    wxStaticText* text_{nullptr};
    wxBoxSizer* cards_{nullptr};  // holds the grid of exercise cards
    std::vector<Card> card_buttons_;
    wxButton* snooze_{nullptr};
    wxButton* skip_{nullptr};
};

}  // namespace sitbreak::tray
