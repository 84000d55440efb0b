#include "tray/windows/guide_page.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <string>

#include "tray/windows/countdown_panel.hpp"
#include "tray/windows/figure_panel.hpp"
#include "tray/windows/popup_controls.hpp"
#include "tray/windows/words.hpp"
#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

const wxSize figure_size{240, 160};  // DIPs: the figures' own viewBox, 1:1 at 100 %
constexpr int text_width = 330;      // DIPs, the steps and the feel beside the figure
constexpr int gap = 8;

std::string numbered(const std::vector<std::string>& steps) {
    std::string text;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i > 0) text += '\n';
        text += std::to_string(i + 1) + ". " + common::tr(steps[i].c_str());
    }
    return text;
}

std::string side_text(Side side) {
    switch (side) {
    case Side::both: return "";
    case Side::one: return common::tr("One side");
    case Side::other: return common::tr("Other side");
    }
    return "";
}

void set_wrapped(wxStaticText* text, const std::string& label, int width) {
    text->SetLabel(wxString::FromUTF8(label));
    text->Wrap(width);
    text->Show(!label.empty());
}

}  // namespace

GuidePage::GuidePage(wxWindow* parent) : wxPanel{parent} {
    title_ = new wxStaticText{this, wxID_ANY, ""};
    title_->SetFont(title_->GetFont().Scaled(1.3f).Bold());
    figure_ = new FigurePanel{this, figure_size, "guide.figure"};
    steps_ = new wxStaticText{this, wxID_ANY, ""};
    feel_ = new wxStaticText{this, wxID_ANY, ""};
    countdown_ = new CountdownPanel{this, "guide.countdown"};
    done_ = make_popup_button(this, "done-already", utf8(_("Done already")));
    cancel_ = make_popup_button(this, "cancel", utf8(_("Cancel")));

    auto* text = new wxBoxSizer{wxVERTICAL};
    text->Add(steps_, 0, wxBOTTOM, FromDIP(6));
    text->Add(feel_, 0, wxBOTTOM, FromDIP(gap));
    text->Add(build_count());
    text->Add(countdown_, 0, wxEXPAND);
    auto* figure_and_text = new wxBoxSizer{wxHORIZONTAL};
    figure_and_text->Add(figure_, 0, wxRIGHT, FromDIP(16));
    figure_and_text->Add(text, 1);
    auto* buttons = new wxBoxSizer{wxHORIZONTAL};
    buttons->Add(done_);
    // Room between "I did it" and "not now", so that a slip does not turn one into the other.
    buttons->AddStretchSpacer();
    buttons->AddSpacer(FromDIP(32));
    buttons->Add(cancel_);
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(title_, 0, wxBOTTOM, FromDIP(gap));
    column->Add(figure_and_text, 1, wxEXPAND | wxBOTTOM, FromDIP(gap));
    column->Add(buttons, 0, wxEXPAND);
    SetSizer(column);
}

// The rep in big numbers, "of 10" and the side beside it. Fixed sizes: a count going from
// 9 to 10 must not move anything.
wxSizer* GuidePage::build_count() {
    count_panel_ = new wxPanel{this,          wxID_ANY,        wxDefaultPosition,
                               wxDefaultSize, wxTAB_TRAVERSAL, "guide.count"};
    count_ = new wxStaticText{count_panel_,      wxID_ANY,      "",
                              wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE | wxALIGN_RIGHT};
    count_->SetFont(count_->GetFont().Scaled(2.6f).Bold());
    of_ = new wxStaticText{count_panel_, wxID_ANY, ""};
    of_->SetFont(of_->GetFont().Scaled(1.3f));
    side_ = new wxStaticText{count_panel_,      wxID_ANY,      "",
                             wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE};
    side_->SetFont(side_->GetFont().Scaled(1.3f).Bold());
    // The longer of the two in English; a language may have its "one side" longer.
    const wxString one = wxString::FromUTF8(common::tr("One side"));
    const wxString other = wxString::FromUTF8(common::tr("Other side"));
    set_fitted_label(*side_, one.length() > other.length() ? one : other);
    auto* words = new wxBoxSizer{wxVERTICAL};
    words->Add(of_);
    words->Add(side_);
    auto* row = new wxBoxSizer{wxHORIZONTAL};
    row->Add(count_, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(gap));
    row->Add(words, 0, wxALIGN_CENTRE_VERTICAL);
    count_panel_->SetSizer(row);
    auto* sizer = new wxBoxSizer{wxVERTICAL};
    sizer->Add(count_panel_);
    return sizer;
}

void GuidePage::hide_answers() {
    done_->Hide();
    cancel_->Hide();
}

void GuidePage::show_exercise(const common::Exercise& exercise) {
    mirror_ = exercise.mirror;
    set_fitted_label(*title_, translated(exercise.name));
    figure_->Show(figure_->show_figures(exercise.figures));
    set_wrapped(steps_, numbered(exercise.steps), FromDIP(text_width));
    set_wrapped(feel_,
                exercise.feel.empty()
                    ? ""
                    : common::tr_format("Feel it: {}", common::tr(exercise.feel.c_str())),
                FromDIP(text_width));
    const bool holds = exercise.dose.unit == common::Dose::Unit::seconds;
    countdown_->Show(holds);
    count_panel_->Show(!holds);
    if (!holds) {
        const std::string reps = std::to_string(exercise.dose.amount);
        count_->SetMinSize(count_->GetTextExtent(wxString::FromUTF8(reps)));
        const bool paces = exercise.dose.unit == common::Dose::Unit::paces;
        const auto n = static_cast<unsigned long>(exercise.dose.amount);
        // TRANSLATORS: beside the rep count in big numbers: "3 of 10", "3 of 20 paces".
        set_fitted_label(*of_, wxString::FromUTF8(
                                   paces ? common::tr_n_format("of {} pace", "of {} paces", n, n)
                                         : common::tr_n_format("of {}", "of {}", n, n)));
        side_->Show(exercise.dose.per_side);
    }
    Layout();
}

void GuidePage::show_frame(const GuideFrame& frame) {
    figure_->show_pose(frame.pose, mirror_ && frame.side == Side::other);
    if (frame.holds) return countdown_->show_state(frame.countdown, frame.cue);
    show_count(frame.reps);
}

void GuidePage::show_count(const RepState& reps) {
    const wxString count = wxString::Format("%u", reps.rep);
    if (count_->GetLabel() != count) count_->SetLabel(count);
    const wxString side = wxString::FromUTF8(side_text(reps.side));
    if (side_->GetLabel() != side) side_->SetLabel(side);
}

}  // namespace sitbreak::tray
