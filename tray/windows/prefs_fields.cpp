#include "tray/windows/prefs_fields.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "tray/windows/palette.hpp"
#include "tray/windows/words.hpp"

namespace sitbreak::tray {

namespace {

constexpr int gap = 6;
constexpr int label_width = 200;  // the same in every group, so that the fields line up
constexpr int hours_width = 260;  // "09:00-12:00, 13:00-17:30"
constexpr int error_width = 300;

const char* const day_names[] = {wxTRANSLATE("Monday"),    wxTRANSLATE("Tuesday"),
                                 wxTRANSLATE("Wednesday"), wxTRANSLATE("Thursday"),
                                 wxTRANSLATE("Friday"),    wxTRANSLATE("Saturday"),
                                 wxTRANSLATE("Sunday")};

// What each prompt.style means, in the order of config::prompt_style_names().
const char* const style_labels[] = {
    wxTRANSLATE("Automatic: a popup while the tray runs, else a notification"),
    wxTRANSLATE("Always a desktop notification"),
    wxTRANSLATE("Always a popup"),
};

wxString text_of(const std::string& text) { return wxString::FromUTF8(text); }

wxStaticBoxSizer* group(wxWindow* parent, const char* title, wxFlexGridSizer*& grid) {
    auto* box = new wxStaticBoxSizer{wxVERTICAL, parent, translated(title)};
    grid = new wxFlexGridSizer{3, parent->FromDIP(wxSize{gap * 2, gap})};
    grid->AddGrowableCol(2);
    box->Add(grid, 0, wxEXPAND | wxALL, parent->FromDIP(gap));
    return box;
}

}  // namespace

PrefsFields::PrefsFields(wxWindow* parent) : wxPanel{parent, wxID_ANY} {
    auto* column = new wxBoxSizer{wxVERTICAL};
    const int space = FromDIP(gap);
    column->Add(sitting_group(), 0, wxEXPAND | wxBOTTOM, space);
    column->Add(prompt_group(), 0, wxEXPAND | wxBOTTOM, space);
    column->Add(hours_group(), 0, wxEXPAND | wxBOTTOM, space);
    column->Add(goal_group(), 0, wxEXPAND);
    SetSizer(column);
}

void PrefsFields::add_row(wxWindow* box, wxSizer* grid, const std::string& key,
                          const std::string& label, wxWindow* control) {
    add_label(box, grid, label);
    grid->Add(control, 0, wxALIGN_CENTER_VERTICAL);
    add_error(box, grid, key);
}

void PrefsFields::add_label(wxWindow* box, wxSizer* grid, const std::string& label) {
    auto* text = new wxStaticText{box, wxID_ANY, translated(label)};
    text->SetMinSize(wxSize{FromDIP(label_width), -1});
    grid->Add(text, 0, wxALIGN_CENTER_VERTICAL);
}

void PrefsFields::add_error(wxWindow* box, wxSizer* grid, const std::string& key) {
    auto* error = new wxStaticText{
        box, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize{error_width, -1}), 0, "error." + key};
    const Colour red = palette(wxSystemSettings::GetAppearance().IsDark()).error_text;
    error->SetForegroundColour(wxColour{red.r, red.g, red.b});
    grid->Add(error, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
    errors_[key] = error;
}

wxTextCtrl* PrefsFields::make_text(wxWindow* box, const std::string& key,
                                   const std::string& hint, int width) {
    auto* text = new wxTextCtrl{box,
                                wxID_ANY,
                                "",
                                wxDefaultPosition,
                                FromDIP(wxSize{width, -1}),
                                0,
                                wxDefaultValidator,
                                "field." + key};
    text->SetHint(translated(hint));
    texts_[key] = text;
    return text;
}

wxSpinCtrl* PrefsFields::make_number(wxWindow* box, const std::string& key, int min, int max) {
    auto* number = new wxSpinCtrl{box,
                                  wxID_ANY,
                                  "",
                                  wxDefaultPosition,
                                  FromDIP(wxSize{default_field_width, -1}),
                                  wxSP_ARROW_KEYS,
                                  min,
                                  max,
                                  min,
                                  "field." + key};
    numbers_[key] = number;
    return number;
}

wxTextCtrl* PrefsFields::add_text(wxWindow* box, wxSizer* grid, const std::string& key,
                                  const std::string& label, const std::string& hint, int width) {
    auto* text = make_text(box, key, hint, width);
    add_row(box, grid, key, label, text);
    return text;
}

wxSpinCtrl* PrefsFields::add_number(wxWindow* box, wxSizer* grid, const std::string& key,
                                    const std::string& label, int min, int max) {
    auto* number = make_number(box, key, min, max);
    add_row(box, grid, key, label, number);
    return number;
}

wxSizer* PrefsFields::sitting_group() {
    wxFlexGridSizer* grid = nullptr;
    auto* box = group(this, wxTRANSLATE("Sitting"), grid);
    wxWindow* parent = box->GetStaticBox();
    add_text(parent, grid, "sitting.limit", wxTRANSLATE("Prompt after sitting for"),
             wxTRANSLATE("e.g. 1h"));
    add_text(parent, grid, "sitting.break_after", wxTRANSLATE("Away this long is a break"),
             wxTRANSLATE("e.g. 5m"));
    return box;
}

wxSizer* PrefsFields::prompt_group() {
    wxFlexGridSizer* grid = nullptr;
    auto* box = group(this, wxTRANSLATE("Prompts"), grid);
    wxWindow* parent = box->GetStaticBox();
    add_text(parent, grid, "prompt.snooze", wxTRANSLATE("Snooze for"), wxTRANSLATE("e.g. 10m"));
    add_snoozes_row(parent, grid);
    add_waiting_row(parent, grid);
    style_ = new wxChoice{parent,  wxID_ANY, wxDefaultPosition,  wxDefaultSize,       0,
                          nullptr, 0,        wxDefaultValidator, "field.prompt.style"};
    for (const char* label : style_labels) style_->Append(translated(label));
    add_row(parent, grid, "prompt.style", wxTRANSLATE("Show prompts as"), style_);
    auto* exercises = new wxBoxSizer{wxHORIZONTAL};
    bridges_ =
        new wxCheckBox{parent,        wxID_ANY, _("10 glute bridges"), wxDefaultPosition,
                       wxDefaultSize, 0,        wxDefaultValidator,    "field.prompt.bridges"};
    squeeze_ = new wxCheckBox{
        parent,        wxID_ANY, _("30-second glute squeeze"), wxDefaultPosition,
        wxDefaultSize, 0,        wxDefaultValidator,           "field.prompt.squeeze"};
    exercises->Add(bridges_, 0, wxRIGHT, FromDIP(gap * 2));
    exercises->Add(squeeze_);
    add_label(parent, grid, wxTRANSLATE("Exercises offered"));
    grid->Add(exercises, 0, wxALIGN_CENTER_VERTICAL);
    add_error(parent, grid, "prompt.exercises");
    return box;
}

// Snoozes, and beside them whether skipping brings prompts earlier: one row, for the window's
// height (a laptop's screen has no room for many more).
void PrefsFields::add_snoozes_row(wxWindow* parent, wxSizer* grid) {
    auto* snoozes = make_number(parent, "prompt.max_snoozes", 0, 20);
    escalate_ = new wxCheckBox{parent,
                               wxID_ANY,
                               _("Earlier, urgent prompts after skips in a row"),
                               wxDefaultPosition,
                               wxDefaultSize,
                               0,
                               wxDefaultValidator,
                               "field.prompt.escalate"};
    auto* row = new wxBoxSizer{wxHORIZONTAL};
    row->Add(snoozes, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(gap * 2));
    row->Add(escalate_, 0, wxALIGN_CENTER_VERTICAL);
    add_label(parent, grid, wxTRANSLATE("Snoozes per prompt"));
    grid->Add(row, 0, wxALIGN_CENTER_VERTICAL);
    add_error(parent, grid, "prompt.max_snoozes");
}

// "Wait for a pause in typing of [3s] at most [1m]": one row, for the same reason.
void PrefsFields::add_waiting_row(wxWindow* parent, wxSizer* grid) {
    const auto field = [&](const std::string& key, const char* hint) {
        return make_text(parent, key, hint, short_field_width);
    };
    auto* row = new wxBoxSizer{wxHORIZONTAL};
    row->Add(field("prompt.wait_for_pause", wxTRANSLATE("0s: none")), 0, wxALIGN_CENTER_VERTICAL);
    row->Add(new wxStaticText{parent, wxID_ANY, _("at most")}, 0,
             wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, FromDIP(gap));
    row->Add(field("prompt.max_wait", wxTRANSLATE("e.g. 1m")), 0, wxALIGN_CENTER_VERTICAL);
    add_label(parent, grid, wxTRANSLATE("Wait for a pause in typing of"));
    grid->Add(row, 0, wxALIGN_CENTER_VERTICAL);
    // One place for the errors of both.
    add_error(parent, grid, "prompt.wait_for_pause");
    errors_["prompt.max_wait"] = errors_.at("prompt.wait_for_pause");
}

wxSizer* PrefsFields::hours_group() {
    wxFlexGridSizer* grid = nullptr;
    auto* box =
        group(this, wxTRANSLATE("Working hours (prompts only then; empty: a day off)"), grid);

    for (std::size_t i = 0; i < hours_keys().size(); ++i) {
        add_text(box->GetStaticBox(), grid, hours_keys()[i], day_names[i], wxTRANSLATE("day off"),
                 hours_width);
    }
    return box;
}

wxSizer* PrefsFields::goal_group() {
    wxFlexGridSizer* grid = nullptr;
    auto* box = group(this, wxTRANSLATE("Goal"), grid);
    add_number(box->GetStaticBox(), grid, "goals.daily",
               wxTRANSLATE("Exercises a day for the streak"), 1, 50);
    return box;
}

void PrefsFields::show(const PrefsForm& form) {
    texts_.at("sitting.limit")->ChangeValue(text_of(form.sitting_limit));
    texts_.at("sitting.break_after")->ChangeValue(text_of(form.break_after));
    texts_.at("prompt.snooze")->ChangeValue(text_of(form.snooze));
    texts_.at("prompt.wait_for_pause")->ChangeValue(text_of(form.wait_for_pause));
    texts_.at("prompt.max_wait")->ChangeValue(text_of(form.max_wait));
    escalate_->SetValue(form.escalate);
    numbers_.at("prompt.max_snoozes")->SetValue(form.max_snoozes);
    numbers_.at("goals.daily")->SetValue(form.daily_goal);
    for (std::size_t i = 0; i < hours_keys().size(); ++i) {
        texts_.at(hours_keys()[i])->ChangeValue(text_of(form.hours[i]));
    }
    style_->SetSelection(static_cast<int>(form.prompt_style));
    bridges_->SetValue(form.bridges);
    squeeze_->SetValue(form.squeeze);
}

PrefsForm PrefsFields::read() const {
    PrefsForm form;
    const auto text = [this](const std::string& key) {
        return texts_.at(key)->GetValue().utf8_string();
    };
    form.sitting_limit = text("sitting.limit");
    form.break_after = text("sitting.break_after");
    form.snooze = text("prompt.snooze");
    form.wait_for_pause = text("prompt.wait_for_pause");
    form.max_wait = text("prompt.max_wait");
    form.escalate = escalate_->GetValue();
    form.max_snoozes = numbers_.at("prompt.max_snoozes")->GetValue();
    form.daily_goal = numbers_.at("goals.daily")->GetValue();
    for (std::size_t i = 0; i < hours_keys().size(); ++i) form.hours[i] = text(hours_keys()[i]);
    form.prompt_style = static_cast<config::PromptStyle>(std::max(0, style_->GetSelection()));
    form.bridges = bridges_->GetValue();
    form.squeeze = squeeze_->GetValue();
    return form;
}

void PrefsFields::show_errors(const std::vector<FieldError>& errors) {
    for (auto& [key, label] : errors_) label->SetLabel("");
    for (const FieldError& error : errors) {
        const auto found = errors_.find(error.key);
        if (found == errors_.end()) continue;
        found->second->SetLabel(text_of(error.message));
        found->second->Wrap(FromDIP(error_width));
    }
    Layout();
}

}  // namespace sitbreak::tray
