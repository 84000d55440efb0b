#pragma once
// What an X screen shows, as RGB pixels: for checking drawn icons and windows in gui tests
// and for writing the README's screenshots.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace sitbreak::test {

struct Rgb {
    std::uint8_t r{0};
    std::uint8_t g{0};
    std::uint8_t b{0};
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// "#rrggbb", for failure messages.
[[nodiscard]] std::string to_string(Rgb colour);
// Each channel within `tolerance` of the target's: anti-aliasing and scaling blur colours.
[[nodiscard]] inline bool near(Rgb colour, Rgb target, int tolerance = 10) {
    const auto close = [tolerance](int a, int b) {
        return a - b <= tolerance && b - a <= tolerance;
    };
    return close(colour.r, target.r) && close(colour.g, target.g) && close(colour.b, target.b);
}

class Image {
public:
    Image() = default;
    Image(int width, int height) : width_{width}, height_{height} {
        pixels_.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    }
    [[nodiscard]] int width() const { return width_; }
    [[nodiscard]] int height() const { return height_; }
    // Throws std::out_of_range outside the image.
    [[nodiscard]] Rgb at(int x, int y) const { return pixels_[index(x, y)]; }
    void set(int x, int y, Rgb colour) { pixels_[index(x, y)] = colour; }

private:
    [[nodiscard]] std::size_t index(int x, int y) const;

    int width_{0};
    int height_{0};
    std::vector<Rgb> pixels_;
};

// What the screen shows where `window` is (0: the whole root window), clipped to the screen:
// overlapping windows included, as a user would see it. Window coordinates: at(0, 0) is
// the window's top-left pixel when it is fully on screen. Throws std::runtime_error naming
// the display or window when it cannot capture.
[[nodiscard]] Image capture(const std::string& display, unsigned long window = 0);

// Writes an 8-bit RGB PNG; throws std::runtime_error naming the path on failure.
void save_png(const Image& image, const std::filesystem::path& path);
// Reads a PNG (any colour type; alpha is dropped); throws std::runtime_error naming the path.
[[nodiscard]] Image load_png(const std::filesystem::path& path);

// Where a test writes the screenshot `name`.png: assets/screenshots in the source tree when
// SITBREAK_UPDATE_SCREENSHOTS=1 (the README shows those), else the build directory.
[[nodiscard]] std::filesystem::path screenshot_path(const std::string& name);

}  // namespace sitbreak::test
