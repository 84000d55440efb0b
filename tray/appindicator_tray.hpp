#pragma once
// The StatusNotifierItem through libayatana-appindicator3, for panels with an SNI host (KDE,
// GNOME with the AppIndicator extension, waybar, xfce4-panel's plugin). SNI hosts load the
// icon by name from a theme path and cache it by name: each drawn face gets a PNG with a new
// name under $XDG_RUNTIME_DIR/sitbreak-tray/, and old ones are removed; the directory
// changes at most once a second (see publish_icon).
#include <wx/timer.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tray/tray_backend.hpp"

namespace sitbreak::tray {

struct AppIndicatorLibrary;

class AppIndicatorTray final : public TrayBackend {
public:
    AppIndicatorTray(const AppIndicatorLibrary& library, CommandHandler on_command);
    ~AppIndicatorTray() override;
    AppIndicatorTray(const AppIndicatorTray&) = delete;
    AppIndicatorTray& operator=(const AppIndicatorTray&) = delete;

    void show(const TrayView& view) override;

    struct Widgets;  // the indicator and the GtkMenu's items

private:
    void publish_icon();
    void set_icon(const TrayView& view);

    const AppIndicatorLibrary& library_;
    CommandHandler on_command_;
    std::unique_ptr<Widgets> widgets_;
    std::filesystem::path icon_dir_;
    std::vector<std::filesystem::path> icon_files_;  // newest last
    unsigned icon_serial_{0};
    std::optional<IconFace> face_;
    std::optional<TrayView> next_icon_;  // drawn once the icon directory may change again
    std::chrono::system_clock::time_point directory_settled_{};
    wxTimer icon_timer_;
};

}  // namespace sitbreak::tray
