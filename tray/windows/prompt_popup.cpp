#include "tray/windows/prompt_popup.hpp"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/display.h>
#include <wx/log.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>

#include "tray/windows/canberra_rep_sound.hpp"
#include "tray/windows/figure_panel.hpp"
#include "tray/windows/guide_page.hpp"
#include "tray/windows/popup_controls.hpp"
#include "tray/windows/popup_surface.hpp"
#include "tray/windows/words.hpp"

namespace sitbreak::tray {

namespace {

using Clock = std::chrono::steady_clock;

// Undecorated: nothing to drag or close by mistake; the buttons are the only way out.
// (wxGTK asks the window manager for a frame unless the style says wxBORDER_NONE.)
constexpr long popup_style =
    wxFRAME_NO_TASKBAR | wxSTAY_ON_TOP | wxFRAME_TOOL_WINDOW | wxBORDER_NONE;
constexpr int top_margin = 24;  // DIPs below the top of the work area
constexpr int padding = 14;
constexpr int text_width = 520;
// Often enough for the figure to move smoothly and the count to turn on the beat; the timer
// runs only while a set is guided.
constexpr int tick_milliseconds = 100;
const wxSize card_figure_size{120, 80};  // DIPs: half the figures' viewBox

const char* const fallback_text =
    wxTRANSLATE("You have been sitting for a while. Stand up and wake your glutes up.");

std::unique_ptr<RepSound> desktop_sound() {
    return std::make_unique<CanberraRepSound>(
        [](const std::string& line) { wxLogWarning("%s", wxString::FromUTF8(line)); });
}

}  // namespace

PromptPopup::PromptPopup(const PromptInfo& info, PromptActions actions, PopupOptions options)
    : wxFrame{nullptr,       wxID_ANY,    "sitbreak prompt", wxDefaultPosition,
              wxDefaultSize, popup_style, "sitbreak-prompt"},
      actions_{std::move(actions)},
      options_{std::move(options)},
      sound_{options_.tick ? desktop_sound() : nullptr},
      ticker_{this} {
    root_ = new wxPanel{this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_SIMPLE};
    build_choice_page();
    guide_page_ = new GuidePage{root_};
    auto* pages = new wxBoxSizer{wxVERTICAL};
    pages->Add(choice_page_, 1, wxEXPAND | wxALL, FromDIP(padding));
    pages->Add(guide_page_, 1, wxEXPAND | wxALL, FromDIP(padding));
    root_->SetSizer(pages);
    auto* frame = new wxBoxSizer{wxVERTICAL};
    frame->Add(root_, 1, wxEXPAND);
    SetSizer(frame);
    guide_page_->Hide();
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
    auto* heading = new wxStaticText{choice_page_, wxID_ANY, ""};
    heading->SetFont(heading->GetFont().Scaled(1.3f).Bold());
    set_fitted_label(*heading, _("Time to stand up"));
    text_ = new wxStaticText{choice_page_, wxID_ANY, ""};
    cards_ = new wxBoxSizer{wxVERTICAL};
    snooze_ = make_popup_button(choice_page_, "snooze", utf8(_("Snooze")));
    skip_ = make_popup_button(choice_page_, "skip", utf8(_("Skip")));
    auto* buttons = new wxBoxSizer{wxHORIZONTAL};
    // Away from the exercises' buttons, so that a slip does not turn "I did it" into "not now".
    buttons->AddStretchSpacer();
    buttons->Add(snooze_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(skip_);
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(heading, 0, wxBOTTOM, FromDIP(4));
    column->Add(text_, 0, wxBOTTOM, FromDIP(10));
    column->Add(cards_, 0, wxBOTTOM, FromDIP(10));
    column->Add(buttons, 0, wxEXPAND);
    choice_page_->SetSizer(column);
}

void PromptPopup::show_info(const PromptInfo& info) {
    // The daemon's sentence is in the session's language already.
    text_->SetLabel(info.text.empty() ? wxGetTranslation(fallback_text)
                                      : wxString::FromUTF8(info.text));
    text_->Wrap(FromDIP(text_width));
    show_exercises(info.exercises);
    snooze_->SetLabel(wxString::Format(
        wxPLURAL("Snooze (%u left)", "Snooze (%u left)", info.snoozes_left), info.snoozes_left));
    snooze_->Show(info.snoozes_left > 0);
}

// Rebuilt only when the offer changed: the same prompt notified again keeps its cards.
void PromptPopup::show_exercises(const std::vector<common::Exercise>& exercises) {
    if (exercises == offered_ && !card_buttons_.empty()) return;
    offered_ = exercises;
    card_buttons_.clear();
    cards_->Clear(true);
    // Before the cards: showing a sizer shows everything in it, a card's missing figure too.
    choice_page_->GetSizer()->Show(cards_, !offered_.empty());
    const int columns = static_cast<int>(std::clamp<std::size_t>(offered_.size(), 1, 2));
    auto* grid = new wxFlexGridSizer{columns, FromDIP(10), FromDIP(24)};
    for (const common::Exercise& exercise : offered_) add_card(*grid, exercise);
    cards_->Add(grid);
}

// One offered exercise: its start pose, its name, its guided start and its "did it".
void PromptPopup::add_card(wxSizer& grid, const common::Exercise& exercise) {
    auto* figure = new FigurePanel{choice_page_, card_figure_size, "figure." + exercise.id};
    std::vector<std::string> start_pose;
    if (!exercise.figures.empty()) start_pose.push_back(exercise.figures.front());
    figure->Show(figure->show_figures(start_pose));
    auto* name = new wxStaticText{choice_page_, wxID_ANY, ""};
    name->SetFont(name->GetFont().Bold());
    set_fitted_label(*name, translated(exercise.name));
    Card card{
        exercise.id,
        make_popup_button(choice_page_, "start." + exercise.id,
                          utf8(exercise.start.empty() ? _("Start") : translated(exercise.start))),
        make_popup_button(choice_page_, "done." + exercise.id,
                          utf8(exercise.label.empty() ? _("Did it") : translated(exercise.label)))};
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(name, 0, wxBOTTOM, FromDIP(4));
    column->Add(card.start, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    column->Add(card.done, 0, wxEXPAND);
    auto* row = new wxBoxSizer{wxHORIZONTAL};
    row->Add(figure, 0, wxRIGHT | wxALIGN_CENTRE_VERTICAL, FromDIP(8));
    row->Add(column, 0, wxALIGN_CENTRE_VERTICAL);
    grid.Add(row);
    card_buttons_.push_back(card);
}

void PromptPopup::update(const PromptInfo& info) {
    show_info(info);
    if (IsShown()) return show_page(guide_page_->IsShown() ? guide_page_ : choice_page_);
    // Hidden after an answer the daemon never took, or closed by the window manager: the
    // prompt is still open, so it comes back, from the start.
    ticker_.Stop();
    set_.reset();
    show_page(choice_page_);
    ShowWithoutActivating();
}

void PromptPopup::show_page(wxPanel* page) {
    choice_page_->Show(page == choice_page_);
    guide_page_->Show(page == guide_page_);
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
    for (const Card& card : card_buttons_) {
        if (source == card.start) return static_cast<void>(start_guide(card.id));
        if (source == card.done) return confirm(card.id);
    }
    if (source == snooze_) {
        finish(actions_.snooze);
    } else if (source == skip_) {
        finish(actions_.skip);
    } else if (source == guide_page_->done_button()) {
        confirm(guided_.id);
    } else if (source == guide_page_->cancel_button()) {
        cancel_guide();
    }
}

bool PromptPopup::start_guide(const std::string& id) {
    const auto offered = std::find_if(offered_.begin(), offered_.end(),
                                      [&](const common::Exercise& e) { return e.id == id; });
    if (offered == offered_.end()) return false;
    guided_ = *offered;
    set_.emplace(guided_, options_.hold_length, sound_.get());
    guide_page_->show_exercise(guided_);
    set_started_ = Clock::now();
    show_guide_frame(std::chrono::milliseconds{0});
    show_page(guide_page_);
    ticker_.Start(tick_milliseconds);
    return true;
}

void PromptPopup::on_tick(wxTimerEvent&) {
    if (!set_) return ticker_.Stop();
    show_guide_frame(
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - set_started_));
}

void PromptPopup::show_guide_frame(std::chrono::milliseconds elapsed) {
    const GuideFrame frame = set_->advance(elapsed);
    if (frame.rep_began && options_.rep_began) options_.rep_began(guided_, frame.reps);
    guide_page_->show_frame(frame);
    if (frame.finished) confirm(guided_.id);
}

void PromptPopup::cancel_guide() {
    ticker_.Stop();
    set_.reset();
    show_page(choice_page_);
}

void PromptPopup::confirm(const std::string& id) {
    finish([this, id] {
        if (actions_.confirm) actions_.confirm(id);
    });
}

// Hidden before the action runs: a slow bus call must not leave a live-looking popup.
void PromptPopup::finish(const std::function<void()>& action) {
    ticker_.Stop();
    set_.reset();
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
