#include "tray/appindicator_tray.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wx/image.h>
#include <wx/log.h>

#include <cerrno>
#include <chrono>
#include <string>
#include <system_error>

#include "tray/appindicator_library.hpp"
#include "tray/guarded.hpp"
#include "tray/icon_painter.hpp"

namespace sitbreak::tray {

namespace {

// SNI hosts scale the PNG to their panel; 64 px stays sharp on HiDPI panels.
constexpr int kIconPixels = 64;
constexpr const char* kFilePrefix = "sitbreak-tray-";
// The previous icon stays a little while: a host may still be reading it.
constexpr std::size_t kFilesKept = 2;

struct Activation {
    const CommandHandler* handler;
    MenuCommand command;
};

void on_activate(GtkMenuItem*, gpointer data) {
    const auto* activation = static_cast<const Activation*>(data);
    guarded("menu command", [&] { (*activation->handler)(activation->command); });
}

std::filesystem::path runtime_icon_dir() {
    return std::filesystem::path{g_get_user_runtime_dir()} / "sitbreak-tray";
}

// Icons a tray that crashed left behind: their names carry its pid.
void remove_stale_icons(const std::filesystem::path& dir) {
    std::error_code error;
    for (const auto& file : std::filesystem::directory_iterator{dir, error}) {
        const std::string name = file.path().filename().string();
        if (name.rfind(kFilePrefix, 0) != 0) continue;
        const long pid =
            std::strtol(name.c_str() + std::char_traits<char>::length(kFilePrefix), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            std::filesystem::remove(file.path(), error);
        }
    }
}

}  // namespace

struct AppIndicatorTray::Widgets {
    AppIndicator* indicator{nullptr};
    GtkWidget* menu{nullptr};
    std::vector<GtkWidget*> items;  // one per MenuEntry, depth first, separators included
    std::vector<std::unique_ptr<Activation>> activations;

    void build(GtkWidget* into, const std::vector<MenuEntry>& entries,
               const CommandHandler& handler);
    void update(const std::vector<MenuEntry>& entries, std::size_t& next);
};

void AppIndicatorTray::Widgets::build(GtkWidget* into, const std::vector<MenuEntry>& entries,
                                      const CommandHandler& handler) {
    for (const MenuEntry& entry : entries) {
        GtkWidget* item = entry.kind == MenuEntry::Kind::separator
                              ? gtk_separator_menu_item_new()
                              : gtk_menu_item_new_with_mnemonic(gtk_mnemonic(entry.label).c_str());
        gtk_menu_shell_append(GTK_MENU_SHELL(into), item);
        items.push_back(item);
        if (entry.kind == MenuEntry::Kind::submenu) {
            GtkWidget* submenu = gtk_menu_new();
            build(submenu, entry.children, handler);
            gtk_menu_item_set_submenu(GTK_MENU_ITEM(item), submenu);
        } else if (entry.kind == MenuEntry::Kind::item && entry.command != MenuCommand::none) {
            activations.push_back(
                std::make_unique<Activation>(Activation{&handler, entry.command}));
            g_signal_connect(item, "activate", G_CALLBACK(on_activate), activations.back().get());
        }
    }
}

void AppIndicatorTray::Widgets::update(const std::vector<MenuEntry>& entries, std::size_t& next) {
    for (const MenuEntry& entry : entries) {
        GtkWidget* item = items.at(next++);
        gtk_widget_set_visible(item, entry.visible);
        if (entry.kind != MenuEntry::Kind::separator) {
            const std::string label = gtk_mnemonic(entry.label);
            if (label != gtk_menu_item_get_label(GTK_MENU_ITEM(item))) {
                gtk_menu_item_set_label(GTK_MENU_ITEM(item), label.c_str());
            }
            gtk_widget_set_sensitive(item, entry.enabled);
        }
        update(entry.children, next);
    }
}

AppIndicatorTray::AppIndicatorTray(const AppIndicatorLibrary& library, CommandHandler on_command)
    : library_{library},
      on_command_{std::move(on_command)},
      widgets_{std::make_unique<Widgets>()},
      icon_dir_{runtime_icon_dir()} {
    std::error_code error;
    std::filesystem::create_directories(icon_dir_, error);
    std::filesystem::permissions(icon_dir_, std::filesystem::perms::owner_all, error);
    remove_stale_icons(icon_dir_);
    widgets_->indicator =
        library_.indicator_new("sitbreak", "", APP_INDICATOR_CATEGORY_APPLICATION_STATUS);
    // The controller picks the backend; the library's own XEmbed fallback would add a second
    // icon when the SNI host goes away. (Not APP_INDICATOR_GET_CLASS: it calls the library's
    // get_type by its linked name.)
    reinterpret_cast<AppIndicatorClass*>(G_OBJECT_GET_CLASS(widgets_->indicator))->fallback =
        nullptr;
    library_.set_icon_theme_path(widgets_->indicator, icon_dir_.c_str());
    widgets_->menu = gtk_menu_new();
    g_object_ref_sink(widgets_->menu);
    widgets_->build(widgets_->menu, tray_menu(TrayView{}), on_command_);
    gtk_widget_show_all(widgets_->menu);
    library_.set_menu(widgets_->indicator, GTK_MENU(widgets_->menu));
    icon_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { publish_icon(); });
}

AppIndicatorTray::~AppIndicatorTray() {
    library_.set_status(widgets_->indicator, APP_INDICATOR_STATUS_PASSIVE);
    g_object_unref(widgets_->indicator);
    gtk_widget_destroy(widgets_->menu);
    g_object_unref(widgets_->menu);
    std::error_code error;
    for (const auto& file : icon_files_) std::filesystem::remove(file, error);
}

void AppIndicatorTray::show(const TrayView& view) {
    std::size_t next = 0;
    widgets_->update(tray_menu(view), next);
    // Hosts show the title as the item's name or tooltip; the status line says the most.
    library_.set_title(widgets_->indicator, view.status_line.c_str());
    if (face_ == view.face) {
        next_icon_.reset();  // a face that came and went within the wait
    } else {
        next_icon_ = view;
        publish_icon();
    }
    library_.set_status(widgets_->indicator, APP_INDICATOR_STATUS_ACTIVE);
}

// GTK's icon theme, which most SNI hosts look names up with (waybar, xfce4-panel), reads a
// directory again only when its mtime changed, in whole seconds: a second new file within
// the same second was never found, and waybar drew a broken image. So the directory
// changes at most once a second; a face that comes sooner waits for the next second.
void AppIndicatorTray::publish_icon() {
    if (!next_icon_) return;
    const auto now = std::chrono::system_clock::now();
    if (now < directory_settled_) {
        const auto wait =
            std::chrono::ceil<std::chrono::milliseconds>(directory_settled_ - now).count();
        if (!icon_timer_.IsRunning()) icon_timer_.StartOnce(static_cast<int>(wait));
        return;
    }
    set_icon(*next_icon_);
    next_icon_.reset();
    struct stat directory {};
    if (::stat(icon_dir_.c_str(), &directory) == 0) {
        // The file system's clock may lag the wall clock by a tick: a little margin.
        directory_settled_ = std::chrono::system_clock::from_time_t(directory.st_mtim.tv_sec) +
                             std::chrono::milliseconds{1050};
    }
}

void AppIndicatorTray::set_icon(const TrayView& view) {
    const std::string name =
        kFilePrefix + std::to_string(::getpid()) + "-" + std::to_string(++icon_serial_);
    const std::filesystem::path file = icon_dir_ / (name + ".png");
    if (!paint_icon(view.face, kIconPixels).SaveFile(file.string(), wxBITMAP_TYPE_PNG)) {
        wxLogWarning("Cannot write the tray icon to %s.", file.string());
        return;
    }
    face_ = view.face;
    library_.set_icon_full(widgets_->indicator, name.c_str(), view.status_line.c_str());
    icon_files_.push_back(file);
    while (icon_files_.size() > kFilesKept) {
        std::error_code error;
        std::filesystem::remove(icon_files_.front(), error);
        icon_files_.erase(icon_files_.begin());
    }
}

}  // namespace sitbreak::tray
