#pragma once
// Where the icon and its menu live: an AppIndicator (StatusNotifierItem) while an SNI host
// runs, the XEmbed system tray (wxTaskBarIcon) otherwise. The controller switches between
// them at run time; both show the same TrayView and send the same MenuCommands.
#include <functional>

#include "tray/menu_model.hpp"
#include "tray/tray_view.hpp"

namespace sitbreak::tray {

using CommandHandler = std::function<void(MenuCommand)>;

class TrayBackend {
public:
    virtual ~TrayBackend() = default;
    // Shows `view`: called on every change of it, never with an unchanged one.
    virtual void show(const TrayView& view) = 0;
};

}  // namespace sitbreak::tray
