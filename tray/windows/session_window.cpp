#include "tray/windows/session_window.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "client/human_text.hpp"
#include "common/i18n.hpp"
#include "tray/windows/guide_page.hpp"
#include "tray/windows/popup_controls.hpp"
#include "tray/windows/words.hpp"

namespace sitbreak::tray {

namespace {

// Often enough for the figure to move smoothly, as the popup's guided page.
constexpr int kTickMs = 50;
constexpr int kPadding = 16;

std::string result_line(const common::Exercise& exercise, const common::RoutineItem& item,
                        const ItemResult& result) {
    const std::string name = utf8(translated(exercise.name));
    // TRANSLATORS: a line of a session's summary: {} an exercise's name.
    if (result.skipped) return common::tr_format("{}: skipped", name);
    const std::string done =
        client::dose_text(common::Dose{exercise.dose.unit, result.amount_done, false});
    // TRANSLATORS: a line of a session's summary: "Glute bridge: 2 of 3 sets, 10 reps".
    return common::tr_n_format("{0}: {1} of {2} set, {3}", "{0}: {1} of {2} sets, {3}", item.sets,
                               name, result.sets_done, item.sets, done);
}

}  // namespace

SessionWindow::SessionWindow(SessionWalk walk, Handlers handlers)
    : wxFrame{nullptr,
              wxID_ANY,
              translated(walk.routine().name) + wxString::FromUTF8(" · sitbreak"),
              wxDefaultPosition,
              wxDefaultSize,
              wxDEFAULT_FRAME_STYLE & ~(wxRESIZE_BORDER | wxMAXIMIZE_BOX),
              "session"},
      walk_{std::move(walk)},
      handlers_{std::move(handlers)},
      timer_{this} {
    build();
    Bind(wxEVT_BUTTON, &SessionWindow::on_button, this);
    Bind(wxEVT_TIMER, &SessionWindow::on_tick, this);
    Bind(wxEVT_CLOSE_WINDOW, &SessionWindow::on_close, this);
    show_stage();
    timer_.Start(kTickMs);
}

void SessionWindow::build() {
    auto* root = new wxPanel{this};
    progress_ = new wxStaticText{root, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "session.progress"};
    progress_->SetFont(progress_->GetFont().Bold());
    guide_ = new GuidePage{root};
    guide_->hide_answers();
    without_ = new wxStaticText{root, wxID_ANY, ""};
    rest_ = new wxStaticText{root, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                             "session.rest"};
    rest_->SetFont(rest_->GetFont().Scaled(1.3f).Bold());
    summary_ = new wxStaticText{root, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                "session.summary"};
    offer_text_ = new wxStaticText{root, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                   "session.offer"};
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(progress_, 0, wxBOTTOM, FromDIP(8));
    column->Add(guide_, 1, wxEXPAND | wxBOTTOM, FromDIP(8));
    column->Add(without_, 0, wxBOTTOM, FromDIP(8));
    column->Add(rest_, 0, wxBOTTOM, FromDIP(8));
    column->Add(summary_, 0, wxBOTTOM, FromDIP(8));
    column->Add(offer_text_, 0, wxBOTTOM, FromDIP(8));
    column->Add(build_buttons(), 0, wxEXPAND);
    auto* padded = new wxBoxSizer{wxVERTICAL};
    padded->Add(column, 1, wxEXPAND | wxALL, FromDIP(kPadding));
    root->SetSizer(padded);
    auto* frame = new wxBoxSizer{wxVERTICAL};
    frame->Add(root, 1, wxEXPAND);
    SetSizer(frame);
}

wxSizer* SessionWindow::build_buttons() {
    auto* root = progress_->GetParent();
    start_ = make_popup_button(root, "session.start", utf8(_("Start")));
    set_done_ = make_popup_button(root, "session.set-done", utf8(_("Set done")));
    pause_ = make_popup_button(root, "session.pause", utf8(_("Pause")));
    skip_ = make_popup_button(root, "session.skip", utf8(_("Skip item")));
    close_ = make_popup_button(root, "session.close", utf8(_("Close")));
    step_up_ = make_popup_button(root, "session.step-up", utf8(_("Step up")));
    not_yet_ = make_popup_button(root, "session.not-yet", utf8(_("Not yet")));
    auto* row = new wxBoxSizer{wxHORIZONTAL};
    for (wxButton* button : {start_, set_done_, pause_, step_up_, not_yet_}) {
        row->Add(button, 0, wxRIGHT, FromDIP(8));
    }
    row->AddStretchSpacer();
    row->Add(skip_);
    row->Add(close_);
    return row;
}

milliseconds SessionWindow::now() {
    return std::chrono::duration_cast<milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

void SessionWindow::on_button(wxCommandEvent& event) {
    const wxObject* source = event.GetEventObject();
    if (source == start_) {
        walk_.start_item(now());
    } else if (source == set_done_) {
        ended(walk_.set_done(now()));
    } else if (source == skip_) {
        ended(walk_.skip_item(now()));
    } else if (source == pause_) {
        walk_.paused() ? walk_.resume(now()) : walk_.pause(now());
    } else if ((source == step_up_ || source == not_yet_) && offer_) {
        if (handlers_.step_answered) handlers_.step_answered(offer_->exercise, source == step_up_);
        show_offer(std::nullopt);  // the next one, if any, comes from the daemon
        return;
    } else if (source == close_) {
        Close();
        return;
    }
    show_stage();
}

void SessionWindow::on_tick(wxTimerEvent&) {
    const SessionWalk::Tick tick = walk_.advance(now());
    if (walk_.stage() == SessionWalk::Stage::set) guide_->show_frame(tick.frame);
    if (walk_.stage() == SessionWalk::Stage::rest) {
        const auto left = std::chrono::ceil<std::chrono::seconds>(tick.rest_left);
        const wxString text = wxString::FromUTF8(common::tr_format("Rest {} s", left.count()));
        if (rest_->GetLabel() != text) rest_->SetLabel(text);
    }
    if (tick.ended) {
        ended(tick.ended);
        show_stage();
    } else if (rest_->IsShown() != (walk_.stage() == SessionWalk::Stage::rest)) {
        show_stage();  // a rest began or ended
    }
}

void SessionWindow::ended(const std::optional<ItemResult>& result) {
    if (!result) return;
    if (handlers_.item_ended) handlers_.item_ended(*result);
    if (walk_.stage() == SessionWalk::Stage::summary) {
        timer_.Stop();
        if (handlers_.finished) handlers_.finished();
    }
}

void SessionWindow::show_progress() {
    const auto& items = walk_.routine().items;
    // TRANSLATORS: {0} of {1} exercises in the session, set {2} of {3} of this one.
    std::string text =
        common::tr_format("Exercise {0} of {1} · set {2} of {3}", walk_.position() + 1,
                          items.size(), walk_.set(), walk_.item().sets);
    if (walk_.paused()) text += common::tr(" · paused");
    progress_->SetLabel(wxString::FromUTF8(text));
}

void SessionWindow::show_stage() {
    using Stage = SessionWalk::Stage;
    const Stage stage = walk_.stage();
    const bool summary = stage == Stage::summary;
    if (!summary && shown_position_ != walk_.position()) {
        shown_position_ = walk_.position();
        guide_->show_exercise(walk_.exercise());
        without_->SetLabel(translated(walk_.item().without));
        without_->Wrap(FromDIP(560));
        guide_->show_frame(GuideFrame{});
    }
    if (!summary) show_progress();
    guide_->Show(!summary);
    without_->Show(!summary && !walk_.item().without.empty());
    rest_->Show(stage == Stage::rest);
    summary_->Show(summary);
    start_->Show(stage == Stage::intro);
    set_done_->Show(stage == Stage::set);
    pause_->Show(stage == Stage::set || stage == Stage::rest);
    pause_->SetLabel(walk_.paused() ? _("Resume") : _("Pause"));
    skip_->Show(!summary);
    close_->Show(summary);
    offer_text_->Show(summary && offer_.has_value());
    step_up_->Show(summary && offer_.has_value());
    not_yet_->Show(summary && offer_.has_value());
    // The window follows its content: an introduction, a set and the summary differ.
    GetSizer()->SetSizeHints(this);
    Layout();
}

void SessionWindow::show_summary(const client::Week& week) {
    std::string text;
    int done = 0;
    for (const ItemResult& result : walk_.results()) {
        const common::RoutineItem& item = walk_.routine().items[result.position];
        done += result.skipped ? 0 : 1;
        text += "• " + result_line(walk_.exercise_at(result.position), item, result) + "\n";
    }
    const std::size_t items = walk_.routine().items.size();
    progress_->SetLabel(wxString::FromUTF8(common::tr_n_format("Session done: {0} of {1} exercise",
                                                               "Session done: {0} of {1} exercises",
                                                               items, done, items)));
    text += "\n" + (week.kept ? common::tr_n_format("This week: {0} of {1} session, kept.",
                                                    "This week: {0} of {1} sessions, kept.",
                                                    week.goal, week.sessions, week.goal)
                              : common::tr_n_format("This week: {0} of {1} session.",
                                                    "This week: {0} of {1} sessions.", week.goal,
                                                    week.sessions, week.goal));
    text +=
        "\n" + common::tr_format("Weekly streak: {0} (best {1}).",
                                 client::weeks_text(week.weekly_streak), week.best_weekly_streak);
    summary_->SetLabel(wxString::FromUTF8(text));
    show_stage();
}

void SessionWindow::show_offer(const std::optional<Offer>& offer) {
    offer_ = offer;
    if (offer_) {
        std::string name = offer_->exercise;
        for (std::size_t i = 0; i < walk_.routine().items.size(); ++i) {
            if (walk_.routine().items[i].exercise == offer_->exercise) {
                name = utf8(translated(walk_.exercise_at(i).name));
            }
        }
        // TRANSLATORS: the step-up offer after a session: {0} an exercise's name, {1} the
        // next dose, {2} today's.
        offer_text_->SetLabel(wxString::FromUTF8(common::tr_format(
            "{0}: the whole dose, session after session.\nNext time {1} instead of {2}?", name,
            offer_->next_amount, offer_->amount)));
    }
    show_stage();
}

void SessionWindow::on_close(wxCloseEvent& event) {
    timer_.Stop();
    if (walk_.stage() != SessionWalk::Stage::summary) {
        if (handlers_.stopped) handlers_.stopped();
    } else if (handlers_.closed_after_end) {
        handlers_.closed_after_end();
    }
    event.Skip();  // destroys the window
}

}  // namespace sitbreak::tray
