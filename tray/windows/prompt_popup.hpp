#pragma once
// The prompt popup (DESIGN §10): top centre of the monitor with the pointer, above other
// windows, and never taking keyboard focus, so that typing goes on into the window the
// user works in (on Wayland a layer surface: see popup_surface.hpp). It offers the exercises,
// Snooze (while snoozes are left) and Skip, and guides the squeeze with a countdown that confirms
// at its end.
//
// After a button it calls the action and hides; the tray calls close_prompt() when the
// daemon says the prompt closed (PromptClosed), which destroys it. Hold it in a wxWeakRef.
#include <wx/frame.h>
#include <wx/timer.h>

#include <chrono>

#include "tray/windows/click_guard.hpp"
#include "tray/windows/countdown.hpp"
#include "tray/windows/window_data.hpp"

class wxButton;
class wxPanel;
class wxStaticText;

namespace sitbreak::tray {

class CountdownPanel;

class PromptPopup : public wxFrame {
public:
    PromptPopup(const PromptInfo& info, PromptActions actions, std::chrono::seconds squeeze_length);
    ~PromptPopup() override;

    // The same prompt changed or notified again (text, snoozes left, exercises): show the
    // new state, and show the popup again if it was hidden. Clicks are ignored again for a
    // moment, since the buttons may have moved.
    void update(const PromptInfo& info);
    // The prompt ended elsewhere (CLI, notification, natural break): go without a word.
    void close_prompt();
    // Starts the guided squeeze as if its button was pressed.
    void start_squeeze();

private:
    void build_choice_page();
    void build_countdown_page();
    void show_info(const PromptInfo& info);
    void show_page(wxPanel* page);
    void place_top_centre();
    void on_paint(wxPaintEvent& event);
    void on_button(wxCommandEvent& event);
    void on_tick(wxTimerEvent& event);
    void cancel_squeeze();
    void finish(const std::function<void()>& action);
    [[nodiscard]] bool accepts_click() const;

    PromptActions actions_;
    SqueezeCountdown countdown_;
    ClickGuard guard_;
    bool arm_on_paint_{false};
    bool layer_surface_{false};  // placed by a Wayland compositor (see popup_surface.hpp)
    wxTimer ticker_;
    std::chrono::steady_clock::time_point squeeze_started_;
    wxPanel* root_{nullptr};
    wxPanel* choice_page_{nullptr};
    wxPanel* countdown_page_{nullptr};
    wxStaticText* text_{nullptr};
    wxButton* bridges_{nullptr};
    wxButton* squeeze_{nullptr};
    wxButton* snooze_{nullptr};
    wxButton* skip_{nullptr};
    wxButton* cancel_{nullptr};
    CountdownPanel* countdown_panel_{nullptr};
};

}  // namespace sitbreak::tray
