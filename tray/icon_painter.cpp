#include "tray/icon_painter.hpp"

#include <pango/pangocairo.h>
#include <wx/brush.h>
#include <wx/font.h>
#include <wx/fontutil.h>
#include <wx/graphics.h>
#include <wx/pen.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sitbreak::tray {

namespace {

struct Palette {
    wxColour disk;   // the middle; transparent for none
    wxColour track;  // the ring's unfilled part
    wxColour fill;   // the ring's filled part
    wxColour mark;   // the text or the symbol in the middle
};

// Teal toward the limit, amber in its last fifth, orange when it is time to move; greys when
// nothing is counting. Dark middles keep white digits legible on light and dark panels.
Palette palette_for(const IconFace& face) {
    const wxColour grey_disk{0x75, 0x75, 0x75};
    const wxColour grey_track{0xbd, 0xbd, 0xbd};
    switch (face.look) {
    case IconLook::sitting: {
        const bool near_limit = face.ring_steps * 5 >= kRingSteps * 4;
        return {{0x26, 0x32, 0x38},
                {0x78, 0x90, 0x9c},
                near_limit ? wxColour{0xff, 0xb3, 0x00} : wxColour{0x1d, 0xe9, 0xb6},
                *wxWHITE};
    }
    case IconLook::prompting:
        return {{0xe6, 0x51, 0x00}, {0xff, 0xcc, 0x80}, {0xff, 0xcc, 0x80}, *wxWHITE};
    case IconLook::paused: return {grey_disk, grey_track, grey_track, {0xee, 0xee, 0xee}};
    case IconLook::away: return {grey_disk, grey_track, grey_track, {0xee, 0xee, 0xee}};
    case IconLook::absent: break;
    }
    return {wxTransparentColour, {0x9e, 0x9e, 0x9e}, {0x9e, 0x9e, 0x9e}, {0x9e, 0x9e, 0x9e}};
}

struct Geometry {
    double centre;
    double ring_radius;  // to the middle of the ring's stroke
    double ring_width;
    double disk_radius;
};

void draw_ring(wxGraphicsContext& gc, const Geometry& g, const Palette& colours, int steps) {
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colours.track, g.ring_width)));
    wxGraphicsPath track = gc.CreatePath();
    track.AddCircle(g.centre, g.centre, g.ring_radius);
    gc.StrokePath(track);
    if (steps <= 0) return;
    const double start = -M_PI / 2;  // twelve o'clock, then clockwise
    const double end = start + 2 * M_PI * steps / kRingSteps;
    wxGraphicsPath arc = gc.CreatePath();
    arc.AddArc(g.centre, g.centre, g.ring_radius, start, end, true);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colours.fill, g.ring_width).Cap(wxCAP_BUTT)));
    gc.StrokePath(arc);
}

// The label is filled as outlines (pango_cairo_layout_path), not shown as glyphs: glyphs drawn
// into an image make cairo build pixman's glyph cache, 256 kB kept for the process's life,
// and this icon is the only text the tray ever draws into an image.
void draw_label(wxGraphicsContext& gc, const Geometry& g, const std::string& label,
                const wxColour& colour) {
    // Two characters fill the middle; three need a smaller type.
    const double pixels = g.disk_radius * (label.size() <= 2 ? 1.25 : 0.95);
    const wxFont font{wxFontInfo(wxSize(0, static_cast<int>(pixels))).Bold()};
    auto* cairo = static_cast<cairo_t*>(gc.GetNativeContext());
    PangoLayout* layout = pango_cairo_create_layout(cairo);
    pango_layout_set_font_description(layout, font.GetNativeFontInfo()->description);
    pango_layout_set_text(layout, label.c_str(), static_cast<int>(label.size()));
    PangoRectangle ink{};
    pango_layout_get_pixel_extents(layout, &ink, nullptr);
    // Centre the ink, which is what the eye sees, not the line box with its descent.
    cairo_save(cairo);
    cairo_move_to(cairo, g.centre - ink.x - ink.width / 2.0, g.centre - ink.y - ink.height / 2.0);
    pango_cairo_layout_path(cairo, layout);
    cairo_set_source_rgba(cairo, colour.Red() / 255.0, colour.Green() / 255.0,
                          colour.Blue() / 255.0, colour.Alpha() / 255.0);
    cairo_fill(cairo);
    cairo_restore(cairo);
    g_object_unref(layout);
}

void draw_pause_bars(wxGraphicsContext& gc, const Geometry& g, const wxColour& colour) {
    const double bar_width = g.disk_radius * 0.32;
    const double bar_height = g.disk_radius * 1.0;
    const double gap = g.disk_radius * 0.26;
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush{colour});
    gc.DrawRectangle(g.centre - gap / 2 - bar_width, g.centre - bar_height / 2, bar_width,
                     bar_height);
    gc.DrawRectangle(g.centre + gap / 2, g.centre - bar_height / 2, bar_width, bar_height);
}

void draw_cross(wxGraphicsContext& gc, const Geometry& g, const wxColour& colour) {
    const double reach = g.ring_radius * std::cos(M_PI / 4);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour, g.ring_width * 0.7).Cap(wxCAP_ROUND)));
    gc.StrokeLine(g.centre - reach, g.centre + reach, g.centre + reach, g.centre - reach);
}

}  // namespace

wxImage paint_icon(const IconFace& face, int size) {
    wxImage image{size, size};
    image.InitAlpha();
    std::fill_n(image.GetAlpha(), size * size, static_cast<unsigned char>(0));
    const double width = size * 0.14;
    const Geometry g{size / 2.0, size / 2.0 - width / 2 - size * 0.03, width,
                     size / 2.0 - width - size * 0.03};
    const Palette colours = palette_for(face);
    {
        std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(image)};
        gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
        if (face.look != IconLook::absent) {
            gc->SetPen(*wxTRANSPARENT_PEN);
            gc->SetBrush(wxBrush{colours.disk});
            gc->DrawEllipse(g.centre - g.disk_radius, g.centre - g.disk_radius, 2 * g.disk_radius,
                            2 * g.disk_radius);
        }
        const bool absent = face.look == IconLook::absent;
        Geometry ring = g;
        if (absent) ring.ring_width = width * 0.5;  // hollow: a thin outline only
        draw_ring(*gc, ring, colours, face.ring_steps);
        if (face.look == IconLook::paused) draw_pause_bars(*gc, g, colours.mark);
        if (absent) draw_cross(*gc, ring, colours.mark);
        if (!face.label.empty()) draw_label(*gc, g, face.label, colours.mark);
    }  // the context writes its pixels back into the image when it goes
    return image;
}

}  // namespace sitbreak::tray
