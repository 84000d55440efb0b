#include "tray/windows/popup_surface.hpp"

#include <gdk/gdk.h>
#include <gtk-layer-shell.h>
#include <gtk/gtk.h>
#include <wx/log.h>
#include <wx/toplevel.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "common/loaded_library.hpp"

#ifdef GDK_WINDOWING_X11
#include <gdk/gdkx.h>
#endif
#ifdef GDK_WINDOWING_WAYLAND
#include <gdk/gdkwayland.h>
#endif

namespace sitbreak::tray {

bool x11_display() {
#ifdef GDK_WINDOWING_X11
    return GDK_IS_X11_DISPLAY(gdk_display_get_default());
#else
    return false;
#endif
}

namespace {

// Loaded on a Wayland display only: on X11 gtk-layer-shell would cost the tray ~0.15 MiB it
// never uses. The soname is Debian 12's libgtk-layer-shell0, which the package depends on.
constexpr const char* kLayerShellSoname = "libgtk-layer-shell.so.0";

struct LayerShell {
    decltype(&gtk_layer_is_supported) is_supported;
    decltype(&gtk_layer_init_for_window) init_for_window;
    decltype(&gtk_layer_set_namespace) set_namespace;
    decltype(&gtk_layer_set_layer) set_layer;
    decltype(&gtk_layer_set_anchor) set_anchor;
    decltype(&gtk_layer_set_margin) set_margin;
    decltype(&gtk_layer_set_keyboard_mode) set_keyboard_mode;
    decltype(&gtk_layer_set_exclusive_zone) set_exclusive_zone;
};

std::optional<LayerShell> open_layer_shell(std::string& why) {
    return common::load_functions<LayerShell>(kLayerShellSoname, why, [](auto& library, auto& functions) {
        return library.find("gtk_layer_is_supported", functions.is_supported) &&
               library.find("gtk_layer_init_for_window", functions.init_for_window) &&
               library.find("gtk_layer_set_namespace", functions.set_namespace) &&
               library.find("gtk_layer_set_layer", functions.set_layer) &&
               library.find("gtk_layer_set_anchor", functions.set_anchor) &&
               library.find("gtk_layer_set_margin", functions.set_margin) &&
               library.find("gtk_layer_set_keyboard_mode", functions.set_keyboard_mode) &&
               library.find("gtk_layer_set_exclusive_zone", functions.set_exclusive_zone);
    });
}

// The library, or nullptr after saying once why it cannot be loaded.
const LayerShell* layer_shell() {
    static std::string failure;
    static const std::optional<LayerShell> library = open_layer_shell(failure);
    static bool said = false;
    if (!library && !said) {
        said = true;
        wxLogWarning("Cannot use gtk-layer-shell (%s): the popup cannot be a layer surface.",
                     wxString::FromUTF8(failure));
    }
    return library ? &*library : nullptr;
}

bool wayland_display() {
#ifdef GDK_WINDOWING_WAYLAND
    return GDK_IS_WAYLAND_DISPLAY(gdk_display_get_default());
#else
    return false;
#endif
}

}  // namespace

PopupSurface popup_surface() {
    if (wayland_display()) {
        const LayerShell* library = layer_shell();
        return library != nullptr && library->is_supported() ? PopupSurface::layer_surface
                                                             : PopupSurface::none;
    }
    // An X11 display inside a Wayland session is Xwayland: the compositor, not an X11
    // window manager, decides about focus there, and sway and mutter give it.
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (x11_display() && (wayland == nullptr || *wayland == '\0')) return PopupSurface::x11_window;
    return PopupSurface::none;
}

void make_top_layer_surface(wxTopLevelWindow& window, int top_margin) {
    const LayerShell* library = layer_shell();
    if (library == nullptr) return;  // popup_surface() said none; nothing calls this then
    auto* gtk_window = GTK_WINDOW(window.GetHandle());
    // gtk-layer-shell must see the window before GTK realizes it; wx may have done so.
    if (gtk_widget_get_realized(GTK_WIDGET(gtk_window)))
        gtk_widget_unrealize(GTK_WIDGET(gtk_window));
    library->init_for_window(gtk_window);
    library->set_namespace(gtk_window, "sitbreak-prompt");
    library->set_layer(gtk_window, GTK_LAYER_SHELL_LAYER_OVERLAY);
    library->set_anchor(gtk_window, GTK_LAYER_SHELL_EDGE_TOP, TRUE);
    library->set_margin(gtk_window, GTK_LAYER_SHELL_EDGE_TOP, top_margin);
    library->set_keyboard_mode(gtk_window, GTK_LAYER_SHELL_KEYBOARD_MODE_NONE);
    library->set_exclusive_zone(gtk_window, 0);
}

}  // namespace sitbreak::tray
