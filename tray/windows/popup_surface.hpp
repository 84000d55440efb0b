#pragma once
// Where the prompt popup can appear without ever taking keyboard focus, which decides
// whether the tray shows prompts at all with prompt.style = "auto" (DESIGN §10):
//   X11 session: a window the window manager is asked not to focus (wxSTAY_ON_TOP, tool
//     window, shown without activating); X11 window managers honour that.
//   Wayland with the layer-shell protocol (sway and wlroots, KDE): a layer surface on top,
//     anchored at the top, with no keyboard interactivity (gtk-layer-shell).
//   Anything else (GNOME on Wayland, or an X11 window through Xwayland): nothing can
//     promise it; prompts go to notifications unless the user asks for the popup.
class wxTopLevelWindow;

namespace sitbreak::tray {

enum class PopupSurface { x11_window, layer_surface, none };

// Once GTK is up (after wxEntry started).
[[nodiscard]] PopupSurface popup_surface();
// Whether GTK's display is X11 (an XEmbed tray can exist there); false on Wayland.
[[nodiscard]] bool x11_display();
// Makes `window`, not yet shown, a layer surface at the top centre, `top_margin` pixels
// down, on the overlay layer, never taking the keyboard. Only for PopupSurface::layer_surface.
void make_top_layer_surface(wxTopLevelWindow& window, int top_margin);

}  // namespace sitbreak::tray
