#include "tray/windows/window_probe.hpp"

#include <algorithm>
#include <gdk/gdkx.h>
#include <gtk/gtk.h>
#include <wx/control.h>
#include <wx/weakref.h>

#include <cstdio>
#include <string>

namespace sitbreak::tray {

namespace {

struct Probe {
    wxWeakRef<wxTopLevelWindow> window;
    ProbeOptions options;
    GtkWidget* widget{nullptr};
    GdkFrameClock* clock{nullptr};
    gulong paint_handler{0};
    bool reported{false};
    std::string widgets;  // the widget lines last reported
};

void list_widgets(const wxWindow* top, const wxWindow* parent, int scale, std::string& lines) {
    const wxPoint origin = top->ClientToScreen(wxPoint{0, 0});
    for (const wxWindow* child : parent->GetChildren()) {
        const std::string name = child->GetName().utf8_string();
        const bool named =
            name.find('.') != std::string::npos || child->IsKindOf(wxCLASSINFO(wxControl));
        if (named && child->IsShownOnScreen()) {
            const wxPoint at = child->GetScreenPosition() - origin;
            const wxSize size = child->GetSize();
            lines += "widget " + name + " " + std::to_string(at.x * scale) + " " +
                     std::to_string(at.y * scale) + " " + std::to_string(size.x * scale) + " " +
                     std::to_string(size.y * scale) + "\n";
            // What it says, on one line: the tests read the words the user reads.
            if (const auto* control = dynamic_cast<const wxControl*>(child)) {
                std::string text = control->GetLabelText().utf8_string();
                std::replace(text.begin(), text.end(), '\n', ' ');
                if (!text.empty()) lines += "label " + name + " " + text + "\n";
            }
        }
        list_widgets(top, child, scale, lines);
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

// Prints the widget lines and "shown" when they differ from the last ones printed: first
// when the window is drawn, then again whenever a drawn change moved, showed or hid a
// control (the popup turning to its guided page and back).
void report(Probe* probe) {
    if (!probe->window || !probe->window->IsShown()) return;
    GdkWindow* window = gtk_widget_get_window(probe->widget);
    const int scale = gdk_window_get_scale_factor(window);
    std::string widgets = "title " + probe->window->GetTitle().utf8_string() + "\n";
    list_widgets(probe->window, probe->window, scale, widgets);
    if (probe->reported && widgets == probe->widgets) return;
    // Everything GTK drew has reached the X server before anyone looks at it.
    gdk_display_sync(gdk_window_get_display(window));
    probe->widgets = widgets;
    probe->reported = true;
    // "shown" last: a reader that has it has every widget line.
    std::fputs(widgets.c_str(), stdout);
    say("shown " + std::to_string(gdk_x11_window_get_xid(window)) + " " +
        std::to_string(probe->options.created_ns) + " " + std::to_string(scale));
    if (!probe->options.screenshot.empty()) {
        save_screenshot(window, probe->options.screenshot);
        probe->window->Destroy();
    }
}

void on_after_paint(GdkFrameClock*, gpointer data) {
    auto* probe = static_cast<Probe*>(data);
    if (probe->window) probe->window->CallAfter([probe] { report(probe); });
}

void await_paints(Probe* probe) {
    probe->clock = gdk_window_get_frame_clock(gtk_widget_get_window(probe->widget));
    probe->paint_handler =
        g_signal_connect(probe->clock, "after-paint", G_CALLBACK(on_after_paint), probe);
    gtk_widget_queue_draw(probe->widget);
}

// Mapped is not yet drawn: the paint that answers the Expose after the map is.
gboolean on_map(GtkWidget* widget, GdkEvent*, gpointer data) {
    g_signal_handlers_disconnect_by_func(widget, reinterpret_cast<gpointer>(&on_map), data);
    await_paints(static_cast<Probe*>(data));
    return FALSE;
}

}  // namespace

void say(const std::string& line) {
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

void watch_window(wxTopLevelWindow* window, ProbeOptions options) {
    auto* probe = new Probe;
    probe->window = window;
    probe->options = std::move(options);
    probe->widget = window->GetHandle();
    // The probe goes with the window; reports it had asked for never run (wx drops the
    // window's pending calls).
    window->Bind(wxEVT_DESTROY, [probe, window](wxWindowDestroyEvent& event) {
        event.Skip();
        if (event.GetEventObject() != window) return;
        if (probe->clock != nullptr)
            g_signal_handler_disconnect(probe->clock, probe->paint_handler);
        g_signal_handlers_disconnect_by_func(probe->widget, reinterpret_cast<gpointer>(&on_map),
                                             probe);
        delete probe;
    });
    GdkWindow* shown = gtk_widget_get_window(probe->widget);
    if (shown != nullptr && gdk_window_is_viewable(shown)) {
        await_paints(probe);
    } else {
        g_signal_connect(probe->widget, "map-event", G_CALLBACK(on_map), probe);
    }
}

}  // namespace sitbreak::tray
