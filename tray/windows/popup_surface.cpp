#include "tray/windows/popup_surface.hpp"

#include <gdk/gdk.h>
#include <gtk-layer-shell.h>
#include <gtk/gtk.h>
#include <wx/toplevel.h>

#include <cstdlib>

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
        return gtk_layer_is_supported() ? PopupSurface::layer_surface : PopupSurface::none;
    }
    // An X11 display inside a Wayland session is Xwayland: the compositor, not an X11
    // window manager, decides about focus there, and sway and mutter give it.
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (x11_display() && (wayland == nullptr || *wayland == '\0')) return PopupSurface::x11_window;
    return PopupSurface::none;
}

void make_top_layer_surface(wxTopLevelWindow& window, int top_margin) {
    auto* gtk_window = GTK_WINDOW(window.GetHandle());
    // gtk-layer-shell must see the window before GTK realizes it; wx may have done so.
    if (gtk_widget_get_realized(GTK_WIDGET(gtk_window)))
        gtk_widget_unrealize(GTK_WIDGET(gtk_window));
    gtk_layer_init_for_window(gtk_window);
    gtk_layer_set_namespace(gtk_window, "sitbreak-prompt");
    gtk_layer_set_layer(gtk_window, GTK_LAYER_SHELL_LAYER_OVERLAY);
    gtk_layer_set_anchor(gtk_window, GTK_LAYER_SHELL_EDGE_TOP, TRUE);
    gtk_layer_set_margin(gtk_window, GTK_LAYER_SHELL_EDGE_TOP, top_margin);
    gtk_layer_set_keyboard_mode(gtk_window, GTK_LAYER_SHELL_KEYBOARD_MODE_NONE);
    gtk_layer_set_exclusive_zone(gtk_window, 0);
}

}  // namespace sitbreak::tray
