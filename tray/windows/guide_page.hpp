#pragma once
// The popup's guided page, for any exercise: the figure large, moving between its poses,
// beside the steps and where to feel it; under them the count of reps ("3 of 10", then the
// other side) or, for a hold, the countdown ring. "Done already" and "Cancel" below.
//
// It only shows: the popup times the set (GuidedSet) and handles the buttons.
#include <wx/panel.h>

#include "common/exercise.hpp"
#include "tray/windows/guided_set.hpp"

class wxButton;
class wxStaticText;

namespace sitbreak::tray {

class CountdownPanel;
class FigurePanel;

class GuidePage : public wxPanel {
public:
    explicit GuidePage(wxWindow* parent);

    // Fills the page for `exercise`, before its first frame.
    void show_exercise(const common::Exercise& exercise);
    void show_frame(const GuideFrame& frame);

    // The session window has answers of its own.
    void hide_answers();
    [[nodiscard]] const wxButton* done_button() const { return done_; }
    [[nodiscard]] const wxButton* cancel_button() const { return cancel_; }

private:
    wxSizer* build_count();
    void show_count(const RepState& reps);

    bool mirror_{false};
    wxStaticText* title_{nullptr};
    FigurePanel* figure_{nullptr};
    wxStaticText* steps_{nullptr};
    wxStaticText* feel_{nullptr};
    wxPanel* count_panel_{nullptr};
    wxStaticText* count_{nullptr};
    wxStaticText* of_{nullptr};
    wxStaticText* side_{nullptr};
    CountdownPanel* countdown_{nullptr};
    wxButton* done_{nullptr};
    wxButton* cancel_{nullptr};
};

}  // namespace sitbreak::tray
