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
    };
    SessionWindow(SessionWalk walk, Handlers handlers);

    // The end: what was done and the week as the daemon counts it now.
    void show_summary(const client::Week& week);

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
    wxButton* start_{nullptr};
    wxButton* set_done_{nullptr};
    wxButton* pause_{nullptr};
    wxButton* skip_{nullptr};
    wxButton* close_{nullptr};
};

}  // namespace sitbreak::tray
