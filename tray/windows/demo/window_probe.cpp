#include "tray/windows/demo/window_probe.hpp"

#include <gdk/gdkx.h>
#include <gtk/gtk.h>
#include <wx/control.h>

#include <cstdio>
#include <string>

namespace sitbreak::tray::demo {

namespace {

struct Probe {
    wxTopLevelWindow* window{nullptr};
    ProbeOptions options;
    GtkWidget* widget{nullptr};
    gulong paint_handler{0};
};

void list_widgets(const wxWindow* top, const wxWindow* parent, int scale) {
    const wxPoint origin = top->ClientToScreen(wxPoint{0, 0});
    for (const wxWindow* child : parent->GetChildren()) {
        const std::string name = child->GetName().utf8_string();
        const bool named =
            name.find('.') != std::string::npos || child->IsKindOf(wxCLASSINFO(wxControl));
        if (named && child->IsShownOnScreen()) {
            const wxPoint at = child->GetScreenPosition() - origin;
            const wxSize size = child->GetSize();
            say("widget " + name + " " + std::to_string(at.x * scale) + " " +
                std::to_string(at.y * scale) + " " + std::to_string(size.x * scale) + " " +
                std::to_string(size.y * scale));
        }
        list_widgets(top, child, scale);
    }
}

void save_screenshot(GdkWindow* window, const std::filesystem::path& path) {
    GdkPixbuf* pixels = gdk_pixbuf_get_from_window(window, 0, 0, gdk_window_get_width(window),
                                                   gdk_window_get_height(window));
    GError* error = nullptr;
    if (pixels == nullptr || !gdk_pixbuf_save(pixels, path.c_str(), "png", &error, nullptr)) {
        std::fprintf(stderr, "Cannot write the screenshot %s: %s\n", path.c_str(),
                     error != nullptr ? error->message : "the window could not be read");
        if (error != nullptr) g_error_free(error);
    } else {
        say("screenshot " + path.string());
    }
    if (pixels != nullptr) g_object_unref(pixels);
}

void report(Probe* probe) {
    GdkWindow* window = gtk_widget_get_window(probe->widget);
    // Everything GTK drew has reached the X server before anyone looks at it.
    gdk_display_sync(gdk_window_get_display(window));
    const int scale = gdk_window_get_scale_factor(window);
    // "shown" last: a reader that has it has every widget line.
    list_widgets(probe->window, probe->window, scale);
    say("shown " + std::to_string(gdk_x11_window_get_xid(window)) + " " +
        std::to_string(probe->options.created_ns) + " " + std::to_string(scale));
    if (!probe->options.screenshot.empty()) {
        save_screenshot(window, probe->options.screenshot);
        probe->window->Destroy();
    }
    delete probe;
}

void on_after_paint(GdkFrameClock* clock, gpointer data) {
    auto* probe = static_cast<Probe*>(data);
    g_signal_handler_disconnect(clock, probe->paint_handler);
    probe->window->CallAfter([probe] { report(probe); });
}

void await_paint(Probe* probe) {
    GdkFrameClock* clock = gdk_window_get_frame_clock(gtk_widget_get_window(probe->widget));
    probe->paint_handler =
        g_signal_connect(clock, "after-paint", G_CALLBACK(on_after_paint), probe);
    gtk_widget_queue_draw(probe->widget);
}

// Mapped is not yet drawn: the paint that answers the Expose after the map is.
gboolean on_map(GtkWidget* widget, GdkEvent*, gpointer data) {
    g_signal_handlers_disconnect_by_func(widget, reinterpret_cast<gpointer>(&on_map), data);
    await_paint(static_cast<Probe*>(data));
    return FALSE;
}

}  // namespace

void say(const std::string& line) {
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

void watch_window(wxTopLevelWindow* window, ProbeOptions options) {
    auto* probe = new Probe{window, std::move(options), window->GetHandle(), 0};
    GdkWindow* shown = gtk_widget_get_window(probe->widget);
    if (shown != nullptr && gdk_window_is_viewable(shown)) {
        await_paint(probe);
    } else {
        g_signal_connect(probe->widget, "map-event", G_CALLBACK(on_map), probe);
    }
}

}  // namespace sitbreak::tray::demo
