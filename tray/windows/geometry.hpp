#pragma once
// Plain rectangles for the pure layout functions: device-independent pixels (DIPs) for the
// windows, which multiply by the window's scale when they draw.

namespace sitbreak::tray {

struct Box {
    double x{0};
    double y{0};
    double width{0};
    double height{0};
    [[nodiscard]] double right() const { return x + width; }
    [[nodiscard]] double bottom() const { return y + height; }
    friend bool operator==(const Box&, const Box&) = default;
};

struct Point {
    double x{0};
    double y{0};
    friend bool operator==(const Point&, const Point&) = default;
};

struct Colour {
    unsigned char r{0};
    unsigned char g{0};
    unsigned char b{0};
    friend bool operator==(const Colour&, const Colour&) = default;
};

}  // namespace sitbreak::tray
