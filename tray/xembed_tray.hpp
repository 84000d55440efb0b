#pragma once
// The XEmbed system tray through wxTaskBarIcon (GtkStatusIcon in wx 3.2 GTK3): for panels
// without a StatusNotifierItem host (trayer, stalonetray, older panels). A left click opens
// the menu too, since wx only reports it.
#include <memory>

#include "tray/tray_backend.hpp"

namespace sitbreak::tray {

class XEmbedTray final : public TrayBackend {
public:
    explicit XEmbedTray(CommandHandler on_command);
    ~XEmbedTray() override;
    XEmbedTray(const XEmbedTray&) = delete;
    XEmbedTray& operator=(const XEmbedTray&) = delete;

    void show(const TrayView& view) override;

private:
    class Icon;
    Icon* icon_;  // a wxTaskBarIcon; wx deletes it after Destroy()
};

}  // namespace sitbreak::tray
