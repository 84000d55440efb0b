#pragma once
// The controls of the preferences window, one row per setting, each with room for its error
// beside it. Controls are named "field.<config key>" and errors "error.<config key>".
#include <wx/panel.h>

#include <map>
#include <string>
#include <vector>

#include "tray/windows/prefs_form.hpp"

class wxCheckBox;
class wxChoice;
class wxSizer;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace sitbreak::tray {

class PrefsFields : public wxPanel {
public:
    static constexpr int default_field_width = 170;  // DIPs
    static constexpr int short_field_width = 70;

    explicit PrefsFields(wxWindow* parent);

    void show(const PrefsForm& form);
    [[nodiscard]] PrefsForm read() const;
    // Clears every old error and shows these next to their fields.
    void show_errors(const std::vector<FieldError>& errors);

private:
    wxSizer* sitting_group();
    wxSizer* prompt_group();
    wxSizer* hours_group();
    wxSizer* goal_group();
    wxTextCtrl* make_text(wxWindow* box, const std::string& key, const std::string& hint,
                          int width);
    wxSpinCtrl* make_number(wxWindow* box, const std::string& key, int min, int max);
    wxTextCtrl* add_text(wxWindow* box, wxSizer* grid, const std::string& key,
                         const std::string& label, const std::string& hint,
                         int width = default_field_width);
    wxSpinCtrl* add_number(wxWindow* box, wxSizer* grid, const std::string& key,
                           const std::string& label, int min, int max);
    void add_label(wxWindow* box, wxSizer* grid, const std::string& label);
    void add_snoozes_row(wxWindow* parent, wxSizer* grid);
    void add_waiting_row(wxWindow* parent, wxSizer* grid);
    void add_error(wxWindow* box, wxSizer* grid, const std::string& key);
    void add_row(wxWindow* box, wxSizer* grid, const std::string& key, const std::string& label,
                 wxWindow* control);

    std::map<std::string, wxTextCtrl*> texts_;
    std::map<std::string, wxSpinCtrl*> numbers_;
    std::map<std::string, wxStaticText*> errors_;
    wxChoice* style_{nullptr};
    wxCheckBox* bridges_{nullptr};
    wxCheckBox* squeeze_{nullptr};
    wxCheckBox* escalate_{nullptr};
};

}  // namespace sitbreak::tray
