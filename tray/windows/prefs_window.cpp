#include "tray/windows/prefs_window.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <stdexcept>

#include "common/i18n.hpp"
#include "config/save.hpp"
#include "tray/windows/config_recovery.hpp"
#include "tray/windows/palette.hpp"
#include "tray/windows/prefs_fields.hpp"
#include "tray/windows/words.hpp"

namespace sitbreak::tray {

namespace {

constexpr int border = 12;
constexpr int text_width = 840;
constexpr std::size_t errors_listed = 5;

std::string describe_problems(const std::filesystem::path& path,
                              const std::vector<config::ConfigError>& errors) {
    std::string text = common::tr_format(
        "{} has errors. The broken settings show their defaults below; the others are as in "
        "the file.",
        path.string());
    for (std::size_t i = 0; i < errors.size() && i < errors_listed; ++i) {
        text += "\n• " + errors[i].to_string();
    }
    if (errors.size() > errors_listed) {
        const std::size_t more = errors.size() - errors_listed;
        text += "\n• " + common::tr_n_format("and {} more", "and {} more", more, more);
    }
    return text;
}

wxColour error_colour() {
    const Colour red = palette(wxSystemSettings::GetAppearance().IsDark()).error_text;
    return {red.r, red.g, red.b};
}

}  // namespace

PrefsWindow::PrefsWindow(wxWindow* parent, std::filesystem::path config_path,
                         std::function<void()> on_saved)
    : wxFrame{parent, wxID_ANY, translated(wxTRANSLATE("sitbreak — Preferences"))},
      path_{std::move(config_path)},
      on_saved_{std::move(on_saved)},
      autostart_paths_{autostart_paths()} {
    build();
    load();
    GetSizer()->SetSizeHints(this);
    Centre();
}

void PrefsWindow::build() {
    auto* panel = new wxPanel{this};
    banner_ = new wxStaticText{panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "banner"};
    banner_->SetForegroundColour(error_colour());
    fields_ = new PrefsFields{panel};
    autostart_ = new wxCheckBox{panel,
                                wxID_ANY,
                                _("Start the tray when I log in"),
                                wxDefaultPosition,
                                wxDefaultSize,
                                0,
                                wxDefaultValidator,
                                "field.autostart"};
    status_ = new wxStaticText{panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "status"};
    // Stock buttons: wx's own labels, in the user's language through wx's catalogue.
    auto* save = new wxButton{panel,         wxID_SAVE, wxEmptyString,      wxDefaultPosition,
                              wxDefaultSize, 0,         wxDefaultValidator, "save"};
    auto* close = new wxButton{panel,         wxID_CLOSE, wxEmptyString,      wxDefaultPosition,
                               wxDefaultSize, 0,          wxDefaultValidator, "close"};
    auto* buttons = new wxBoxSizer{wxHORIZONTAL};
    buttons->Add(status_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(border));
    buttons->Add(close, 0, wxRIGHT, FromDIP(border / 2));
    buttons->Add(save);
    auto* column = new wxBoxSizer{wxVERTICAL};
    column->Add(banner_, 0, wxEXPAND | wxBOTTOM, FromDIP(border));
    column->Add(fields_, 0, wxEXPAND | wxBOTTOM, FromDIP(border));
    column->Add(autostart_, 0, wxBOTTOM, FromDIP(border));
    column->Add(buttons, 0, wxEXPAND);
    auto* outer = new wxBoxSizer{wxVERTICAL};
    outer->Add(column, 1, wxEXPAND | wxALL, FromDIP(border));
    panel->SetSizer(outer);
    auto* frame = new wxBoxSizer{wxVERTICAL};
    frame->Add(panel, 1, wxEXPAND);
    SetSizer(frame);
    Bind(wxEVT_BUTTON, &PrefsWindow::on_save, this, wxID_SAVE);
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
}

void PrefsWindow::load() {
    const EditableConfig loaded = load_for_editing(path_);
    base_ = loaded.settings;
    file_broken_ = loaded.broken();
    fields_->show(form_from(base_));
    autostart_->SetValue(autostart_enabled(autostart_paths_));
    banner_->SetLabel(wxString::FromUTF8(describe_problems(path_, loaded.errors)));
    banner_->Wrap(FromDIP(text_width));
    banner_->Show(file_broken_);
}

void PrefsWindow::on_save(wxCommandEvent&) {
    const FormResult result = apply_form(fields_->read(), base_);
    fields_->show_errors(result.errors);
    if (!result.ok()) {
        show_status(common::tr("Not saved: correct the fields marked in red."), true);
    } else if (file_broken_ && !confirm_overwrite()) {
        show_status(common::tr("Not saved."), false);
    } else if (save(result.settings)) {
        base_ = result.settings;
        file_broken_ = false;
        banner_->Hide();
        show_status(common::tr("Saved."), false);
        if (on_saved_) on_saved_();
    }
    fit_content();
}

// Grows the window when errors or the status need more room; never shrinks what the user
// sized.
void PrefsWindow::fit_content() {
    Layout();
    const wxSize need = GetSizer()->GetMinSize();
    SetMinClientSize(need);
    const wxSize have = GetClientSize();
    if (have.x < need.x || have.y < need.y) {
        SetClientSize(std::max(have.x, need.x), std::max(have.y, need.y));
    }
    Layout();
}

// Writes only what changed: an unchanged valid file keeps its comments and layout.
bool PrefsWindow::save(const config::Settings& settings) {
    try {
        if (settings != base_ || file_broken_ || !std::filesystem::exists(path_)) {
            config::save_file(settings, path_);
        }
        if (autostart_->GetValue() != autostart_enabled(autostart_paths_)) {
            set_autostart(autostart_paths_, autostart_->GetValue(), autostart_command());
        }
    } catch (const std::exception& error) {
        show_status(error.what(), true);
        return false;
    }
    return true;
}

bool PrefsWindow::confirm_overwrite() {
    wxMessageDialog ask{
        this,
        wxString::FromUTF8(common::tr_format(
            "{} has errors (listed at the top). Saving writes the whole file anew: the broken "
            "settings get the values shown here, and the comments in the file are replaced.",
            path_.string())),
        _("Save over a file with errors?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING};
    ask.SetYesNoLabels(_("&Save anyway"), _("&Don't save"));
    return ask.ShowModal() == wxID_YES;
}

void PrefsWindow::show_status(const std::string& text, bool error) {
    status_->SetForegroundColour(error ? error_colour()
                                       : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    status_->SetLabel(wxString::FromUTF8(text));
    status_->Wrap(FromDIP(text_width / 2));
}

}  // namespace sitbreak::tray
