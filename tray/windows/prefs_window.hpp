#pragma once
// The preferences window: edits config.toml (DESIGN §8) through config/, which the daemon
// reloads on its own when the file changes. Everything the window does not show is kept.
// A file with errors is reported at the top; its broken keys show their defaults, and
// saving over it asks first. Closing destroys the window (hold it in a wxWeakRef).
#include <wx/frame.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "config/settings.hpp"
#include "tray/windows/autostart.hpp"

class wxCheckBox;
class wxStaticText;

namespace sitbreak::tray {

class PrefsFields;

class PrefsWindow : public wxFrame {
public:
    // `on_saved` runs after each successful save (e.g. to ask the daemon to reload).
    PrefsWindow(wxWindow* parent, std::filesystem::path config_path,
                std::function<void()> on_saved);

private:
    void build();
    void load();
    void on_save(wxCommandEvent& event);
    [[nodiscard]] bool save(const config::Settings& settings);
    [[nodiscard]] bool confirm_overwrite();
    void show_status(const std::string& text, bool error);
    void fit_content();

    std::filesystem::path path_;
    std::function<void()> on_saved_;
    AutostartPaths autostart_paths_;
    config::Settings base_;
    bool file_broken_{false};
    std::string file_problems_;
    wxStaticText* banner_{nullptr};
    PrefsFields* fields_{nullptr};
    wxCheckBox* autostart_{nullptr};
    wxStaticText* status_{nullptr};
};

}  // namespace sitbreak::tray
