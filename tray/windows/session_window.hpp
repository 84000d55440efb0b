#pragma once
// The session window (DESIGN §14.3): walks a routine item by item (SessionWalk) with the
// figure moving at the exercise's tempo, the count or the countdown, set and rest timers,
// Start, Set done, Pause and Skip item; then a summary of what was done, the week's tally
// and the weekly streak. It only shows and times: what each item ended with goes to
// `item_ended`, the end of the walk to `finished`, a close before the end to `stopped`.
#include <wx/frame.h>
#include <wx/timer.h>

#include <functional>
#include <string>

#include "client/programme_dictionary.hpp"
#include "tray/windows/session_walk.hpp"

class wxButton;
class wxStaticText;

namespace sitbreak::tray {

class GuidePage;

class SessionWindow : public wxFrame {
public:
    struct Handlers {
        std::function<void(const ItemResult&)> item_ended;
        std::function<void()> finished;  // walked to the end: the summary follows (show_summary)
        std::function<void()> stopped;   // closed before the end
        std::function<void()> closed_after_end;
        // The user's answer to the offer of an exercise's next step (show_offer).
        std::function<void(const std::string& exercise, bool step_up)> step_answered;
    };
    // The next step of an exercise, offered on the summary (GetStepOffers).
    struct Offer {
        std::string exercise;  // id
        std::uint32_t amount{0};
        std::uint32_t next_amount{0};
    };
    SessionWindow(SessionWalk walk, Handlers handlers);

    // The end: what was done and the week as the daemon counts it now.
    void show_summary(const client::Week& week);
    // One offer at a time under the summary; nullopt takes it away.
    void show_offer(const std::optional<Offer>& offer);

private:
    void build();
    wxSizer* build_buttons();
    void on_button(wxCommandEvent& event);
    void on_tick(wxTimerEvent& event);
    void on_close(wxCloseEvent& event);
    void ended(const std::optional<ItemResult>& result);
    void show_stage();
    void show_progress();
    [[nodiscard]] static milliseconds now();

    SessionWalk walk_;
    Handlers handlers_;
    wxTimer timer_;
    std::size_t shown_position_{static_cast<std::size_t>(-1)};
    wxStaticText* progress_{nullptr};
    GuidePage* guide_{nullptr};
    wxStaticText* without_{nullptr};
    wxStaticText* rest_{nullptr};
    wxStaticText* summary_{nullptr};
    wxStaticText* offer_text_{nullptr};
    std::optional<Offer> offer_;
    wxButton* step_up_{nullptr};
    wxButton* not_yet_{nullptr};
    wxButton* start_{nullptr};
    wxButton* set_done_{nullptr};
    wxButton* pause_{nullptr};
    wxButton* skip_{nullptr};
    wxButton* close_{nullptr};
};

}  // namespace sitbreak::tray
