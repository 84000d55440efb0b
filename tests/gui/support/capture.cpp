#include "gui/support/capture.hpp"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace sitbreak::test {

namespace {

// Xlib reports protocol errors through a global handler; without one a BadWindow for a
// window that just closed would exit the test binary.
int last_error = 0;
int remember_error(Display*, XErrorEvent* event) {
    last_error = event->error_code;
    return 0;
}

struct Rect {
    int x{0};
    int y{0};
    int width{0};
    int height{0};
};

// The window's rectangle in root coordinates, clipped to the screen.
Rect visible_area(Display* display, Window root, Window window) {
    XWindowAttributes root_attributes{};
    XGetWindowAttributes(display, root, &root_attributes);
    if (window == 0) return {0, 0, root_attributes.width, root_attributes.height};
    XWindowAttributes attributes{};
    if (XGetWindowAttributes(display, window, &attributes) == 0) {
        throw std::runtime_error{"Cannot capture window " + std::to_string(window) +
                                 ": it does not exist."};
    }
    int x = 0;
    int y = 0;
    Window child = 0;
    XTranslateCoordinates(display, window, root, 0, 0, &x, &y, &child);
    const int left = std::max(x, 0);
    const int top = std::max(y, 0);
    const int right = std::min(x + attributes.width, root_attributes.width);
    const int bottom = std::min(y + attributes.height, root_attributes.height);
    if (right <= left || bottom <= top) {
        throw std::runtime_error{"Cannot capture window " + std::to_string(window) +
                                 ": it is off screen."};
    }
    return {left, top, right - left, bottom - top};
}

// The position of a channel's top 8 bits in a pixel value, from its mask (0xff0000 -> 16).
int shift_of(unsigned long mask) {
    int shift = 0;
    while (mask > 0xff) {
        mask >>= 1;
        ++shift;
    }
    return shift;
}

Image to_image(XImage* shot) {
    Image image{shot->width, shot->height};
    const int red = shift_of(shot->red_mask);
    const int green = shift_of(shot->green_mask);
    const int blue = shift_of(shot->blue_mask);
    for (int y = 0; y < shot->height; ++y) {
        for (int x = 0; x < shot->width; ++x) {
            const unsigned long pixel = XGetPixel(shot, x, y);
            image.set(x, y,
                      Rgb{static_cast<std::uint8_t>((pixel & shot->red_mask) >> red),
                          static_cast<std::uint8_t>((pixel & shot->green_mask) >> green),
                          static_cast<std::uint8_t>((pixel & shot->blue_mask) >> blue)});
        }
    }
    return image;
}

}  // namespace

std::string to_string(Rgb colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", colour.r, colour.g, colour.b);
    return text;
}

std::size_t Image::index(int x, int y) const {
    if (x < 0 || y < 0 || x >= width_ || y >= height_) {
        throw std::out_of_range{"Pixel (" + std::to_string(x) + ", " + std::to_string(y) +
                                ") is outside the " + std::to_string(width_) + "x" +
                                std::to_string(height_) + " image."};
    }
    return static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) +
           static_cast<std::size_t>(x);
}

Image capture(const std::string& display_name, unsigned long window) {
    const std::unique_ptr<Display, int (*)(Display*)> display{XOpenDisplay(display_name.c_str()),
                                                              &XCloseDisplay};
    if (!display) throw std::runtime_error{"Cannot open X display " + display_name + "."};
    const auto previous = XSetErrorHandler(&remember_error);
    last_error = 0;
    const Window root = DefaultRootWindow(display.get());
    Image image;
    try {
        const Rect area = visible_area(display.get(), root, window);
        XImage* shot =
            XGetImage(display.get(), root, area.x, area.y, static_cast<unsigned>(area.width),
                      static_cast<unsigned>(area.height), AllPlanes, ZPixmap);
        if (shot == nullptr) {
            throw std::runtime_error{"XGetImage failed on display " + display_name + "."};
        }
        image = to_image(shot);
        XDestroyImage(shot);
    } catch (...) {
        XSetErrorHandler(previous);
        throw;
    }
    XSetErrorHandler(previous);
    return image;
}

}  // namespace sitbreak::test
