#include "tray/xembed_tray.hpp"

#include <wx/log.h>
#include <wx/menu.h>
#include <wx/taskbar.h>

#include <optional>
#include <utility>
#include <vector>

#include "tray/guarded.hpp"
#include "tray/icon_painter.hpp"

namespace sitbreak::tray {

namespace {

// Tray hosts scale the bitmap to their size; GTK scales down better than up.
constexpr int kIconPixels = 48;
// Menu item ids: clear of wx's own ids.
constexpr int kFirstId = wxID_HIGHEST + 100;

int id_of(MenuCommand command) { return kFirstId + static_cast<int>(command); }

void add_entries(wxMenu& menu, const std::vector<MenuEntry>& entries) {
    for (const MenuEntry& entry : entries) {
        if (!entry.visible) continue;
        switch (entry.kind) {
        case MenuEntry::Kind::separator: menu.AppendSeparator(); break;
        case MenuEntry::Kind::submenu: {
            auto* sub = new wxMenu;
            add_entries(*sub, entry.children);
            menu.AppendSubMenu(sub, wxString::FromUTF8(entry.label))->Enable(entry.enabled);
            break;
        }
        case MenuEntry::Kind::item:
            menu.Append(id_of(entry.command), wxString::FromUTF8(entry.label))
                ->Enable(entry.enabled);
            break;
        }
    }
}

}  // namespace

class XEmbedTray::Icon final : public wxTaskBarIcon {
public:
    explicit Icon(CommandHandler on_command) : on_command_{std::move(on_command)} {
        Bind(wxEVT_TASKBAR_LEFT_DOWN, [this](wxTaskBarIconEvent&) {
            std::unique_ptr<wxMenu> menu{CreatePopupMenu()};
            PopupMenu(menu.get());
        });
        Bind(
            wxEVT_MENU,
            [this](wxCommandEvent& event) {
                const auto command = static_cast<MenuCommand>(event.GetId() - kFirstId);
                guarded("menu command", [&] { on_command_(command); });
            },
            kFirstId, id_of(MenuCommand::quit));
    }

    void show(const TrayView& view) {
        entries_ = tray_menu(view);
        if (face_ == view.face && tooltip_ == view.tooltip) return;
        face_ = view.face;
        tooltip_ = view.tooltip;
        const wxBitmap bitmap{paint_icon(view.face, kIconPixels)};
        if (!SetIcon(wxBitmapBundle{bitmap}, wxString::FromUTF8(view.tooltip))) {
            wxLogWarning("Cannot set the tray icon.");
        }
    }

private:
    // wx calls this on a right click and deletes the menu afterwards.
    wxMenu* CreatePopupMenu() override {
        auto* menu = new wxMenu;
        add_entries(*menu, entries_);
        return menu;
    }

    CommandHandler on_command_;
    std::vector<MenuEntry> entries_;
    std::optional<IconFace> face_;
    std::string tooltip_;
};

XEmbedTray::XEmbedTray(CommandHandler on_command) : icon_{new Icon{std::move(on_command)}} {
    static bool said = false;  // once per run, however often the backends switch
    if (!wxTaskBarIcon::IsAvailable() && !std::exchange(said, true)) {
        wxLogMessage(
            "No system tray and no StatusNotifierItem host is running: the icon will appear when "
            "one starts; prompts still show as popups.");
    }
}

XEmbedTray::~XEmbedTray() {
    icon_->RemoveIcon();
    // Destroy(), not delete: events for it may still be queued.
    icon_->Destroy();
}

void XEmbedTray::show(const TrayView& view) { icon_->show(view); }

}  // namespace sitbreak::tray
