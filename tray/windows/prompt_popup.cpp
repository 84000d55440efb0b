#include "tray/windows/prompt_popup.hpp"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/display.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>

#include "tray/windows/countdown_panel.hpp"
#include "tray/windows/popup_surface.hpp"

namespace sitbreak::tray {

namespace {

using Clock = std::chrono::steady_clock;

// Undecorated: nothing to drag or close by mistake; the buttons are the only way out.
// (wxGTK asks the window manager for a frame unless the style says wxBORDER_NONE.)
constexpr long popup_style =
    wxFRAME_NO_TASKBAR | wxSTAY_ON_TOP | wxFRAME_TOOL_WINDOW | wxBORDER_NONE;
constexpr int top_margin = 24;  // DIPs below the top of the work area
constexpr int padding = 14;
constexpr int text_width = 440;
constexpr int tick_milliseconds = 1000;

const char* const fallback_text =
    "You have been sitting for a while. Stand up and wake your glutes up.";

wxButton* make_button(wxWindow* parent, const char* name, const std::string& label) {
    auto* button =
        new wxButton{parent,        wxID_ANY, wxString::FromUTF8(label), wxDefaultPosition,
                     wxDefaultSize, 0,        wxDefaultValidator,        name};
    // A typed space or Enter must never answer the prompt, even after a click activated
    // the popup.
    button->SetCanFocus(false);
    return button;
}

bool offers(const PromptInfo& info, const std::string& exercise) {
    return info.exercises.empty() || std::find(info.exercises.begin(), info.exercises.end(),
                                               exercise) != info.exercises.end();
}

}  // namespace

PromptPopup::PromptPopup(const PromptInfo& info, PromptActions actions,
                         std::chrono::seconds squeeze_length)
    : wxFrame{nullptr,       wxID_ANY,    "sitbreak prompt", wxDefaultPosition,
              wxDefaultSize, popup_style, "sitbreak-prompt"},
      actions_{std::move(actions)},
      countdown_{squeeze_length},
      ticker_{this} {
    root_ = new wxPanel{this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_SIMPLE};
    build_choice_page();
    build_countdown_page();
    auto* pages = new wxBoxSizer{wxVERTICAL};
    pages->Add(choice_page_, 1, wxEXPAND | wxALL, FromDIP(padding));
    pages->Add(countdown_page_, 1, wxEXPAND | wxALL, FromDIP(padding));
    root_->SetSizer(pages);
    auto* frame = new wxBoxSizer{wxVERTICAL};
    frame->Add(root_, 1, wxEXPAND);
    SetSizer(frame);
    countdown_page_->Hide();
    root_->Bind(wxEVT_PAINT, &PromptPopup::on_paint, this);
    Bind(wxEVT_BUTTON, &PromptPopup::on_button, this);
    Bind(wxEVT_TIMER, &PromptPopup::on_tick, this, ticker_.GetId());
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        // A window manager's close only hides it: the prompt is still open on the daemon.
        if (!event.CanVeto()) return event.Skip();
        event.Veto();
        Hide();
    });
    if (popup_surface() == PopupSurface::layer_surface) {
        layer_surface_ = true;
        make_top_layer_surface(*this, FromDIP(top_margin));
    }
    show_info(info);
    show_page(choice_page_);
    ShowWithoutActivating();
}

PromptPopup::~PromptPopup() { ticker_.Stop(); }

void PromptPopup::build_choice_page() {
    choice_page_ = new wxPanel{root_};
    auto* heading = new wxStaticText{choice_page_, wxID_ANY, "Time to stand up"};
    heading->SetFont(heading->GetFont().Scaled(1.3f).Bold());
    text_ = new wxStaticText{choice_page_, wxID_ANY, ""};
    bridges_ = make_button(choice_page_, "bridges", "Did 10 bridges");
    squeeze_ = make_button(choice_page_, "squeeze",
                           "Start " + std::to_string(countdown_.length().count()) + "-s squeeze");
    snooze_ = make_button(choice_page_, "snooze", "Snooze");
    skip_ = make_button(choice_page_, "skip", "Skip");
    auto* buttons = new wxBoxSizer{wxHORIZONTAL};
    buttons->Add(bridges_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(squeeze_);
    // Room between "I did it" and "not now", so that a slip does not turn one into the other.
    buttons->AddStretchSpacer();
    buttons->AddSpacer(FromDIP(32));
    buttons->Add(snooze_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(skip_);
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(heading, 0, wxBOTTOM, FromDIP(4));
    column->Add(text_, 0, wxBOTTOM, FromDIP(12));
    column->Add(buttons, 0, wxEXPAND);
    choice_page_->SetSizer(column);
}

void PromptPopup::build_countdown_page() {
    countdown_page_ = new wxPanel{root_};
    countdown_panel_ = new CountdownPanel{countdown_page_};
    cancel_ = make_button(countdown_page_, "cancel", "Cancel");
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(countdown_panel_, 1, wxEXPAND | wxBOTTOM, FromDIP(8));
    column->Add(cancel_, 0, wxALIGN_RIGHT);
    countdown_page_->SetSizer(column);
}

void PromptPopup::show_info(const PromptInfo& info) {
    text_->SetLabel(wxString::FromUTF8(info.text.empty() ? fallback_text : info.text));
    text_->Wrap(FromDIP(text_width));
    bridges_->Show(offers(info, "bridges"));
    squeeze_->Show(offers(info, "squeeze"));
    snooze_->SetLabel(wxString::Format("Snooze (%u left)", info.snoozes_left));
    snooze_->Show(info.snoozes_left > 0);
}

void PromptPopup::update(const PromptInfo& info) {
    show_info(info);
    if (IsShown()) return show_page(countdown_page_->IsShown() ? countdown_page_ : choice_page_);
    // Hidden after an answer the daemon never took, or closed by the window manager: the
    // prompt is still open, so it comes back, from the start.
    ticker_.Stop();
    show_page(choice_page_);
    ShowWithoutActivating();
}

void PromptPopup::show_page(wxPanel* page) {
    choice_page_->Show(page == choice_page_);
    countdown_page_->Show(page == countdown_page_);
    root_->Layout();
    Fit();
    place_top_centre();
    guard_.arm(Clock::now());
    arm_on_paint_ = true;
}

// The first paint of new content is when it meets the eye: the click guard runs from there.
// A slow first start (GTK probing the display) can take longer than the guard itself.
void PromptPopup::on_paint(wxPaintEvent&) {
    wxPaintDC dc{root_};
    if (arm_on_paint_) guard_.arm(Clock::now());
    arm_on_paint_ = false;
}

void PromptPopup::place_top_centre() {
    if (layer_surface_) return;  // the compositor places it, by its anchor
    int index = wxDisplay::GetFromPoint(wxGetMousePosition());
    if (index == wxNOT_FOUND) index = 0;
    const wxRect area = wxDisplay{static_cast<unsigned>(index)}.GetClientArea();
    const wxSize size = GetSize();
    Move(area.x + (area.width - size.x) / 2, area.y + FromDIP(top_margin));
}

bool PromptPopup::accepts_click() const { return IsShown() && guard_.accepts(Clock::now()); }

void PromptPopup::on_button(wxCommandEvent& event) {
    if (!accepts_click()) return;
    const wxObject* source = event.GetEventObject();
    if (source == bridges_) {
        finish([this] {
            if (actions_.confirm) actions_.confirm("bridges");
        });
    } else if (source == squeeze_) {
        start_squeeze();
    } else if (source == snooze_) {
        finish(actions_.snooze);
    } else if (source == skip_) {
        finish(actions_.skip);
    } else if (source == cancel_) {
        cancel_squeeze();
    }
}

void PromptPopup::start_squeeze() {
    squeeze_started_ = Clock::now();
    countdown_panel_->show_state(countdown_.at(std::chrono::milliseconds{0}));
    show_page(countdown_page_);
    ticker_.Start(tick_milliseconds);
}

void PromptPopup::on_tick(wxTimerEvent&) {
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - squeeze_started_);
    const CountdownState state = countdown_.at(elapsed);
    countdown_panel_->show_state(state);
    if (state.finished) {
        finish([this] {
            if (actions_.confirm) actions_.confirm("squeeze");
        });
    }
}

void PromptPopup::cancel_squeeze() {
    ticker_.Stop();
    show_page(choice_page_);
}

// Hidden before the action runs: a slow bus call must not leave a live-looking popup.
void PromptPopup::finish(const std::function<void()>& action) {
    ticker_.Stop();
    Hide();
    if (action) action();
}

void PromptPopup::close_prompt() {
    ticker_.Stop();
    // Destroy() alone leaves the last shown top-level window on screen until wx next runs
    // its idle handlers, which a D-Bus signal does not trigger (only GDK events do): the
    // popup stayed up to the next minute's redraw.
    Hide();
    Destroy();
    wxWakeUpIdle();
}

}  // namespace sitbreak::tray
