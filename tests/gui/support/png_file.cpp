// PNG files of captured images, through libpng's simplified API (png_image).
#include <png.h>

#include <cstdlib>
#include <stdexcept>
#include <vector>

#include "gui/support/capture.hpp"

namespace sitbreak::test {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* what, const png_image& png) {
    throw std::runtime_error{std::string{"Cannot "} + what + " " + path.string() + ": " +
                             png.message + "."};
}

}  // namespace

void save_png(const Image& image, const std::filesystem::path& path) {
    std::vector<std::uint8_t> rows;
    rows.reserve(static_cast<std::size_t>(image.width()) *
                 static_cast<std::size_t>(image.height()) * 3);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const Rgb pixel = image.at(x, y);
            rows.insert(rows.end(), {pixel.r, pixel.g, pixel.b});
        }
    }
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    png.width = static_cast<png_uint_32>(image.width());
    png.height = static_cast<png_uint_32>(image.height());
    png.format = PNG_FORMAT_RGB;
    if (png_image_write_to_file(&png, path.c_str(), 0, rows.data(), 0, nullptr) == 0) {
        fail(path, "write", png);
    }
}

Image load_png(const std::filesystem::path& path) {
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    if (png_image_begin_read_from_file(&png, path.c_str()) == 0) fail(path, "read", png);
    png.format = PNG_FORMAT_RGB;
    std::vector<std::uint8_t> rows(PNG_IMAGE_SIZE(png));
    if (png_image_finish_read(&png, nullptr, rows.data(), 0, nullptr) == 0) {
        png_image_free(&png);
        fail(path, "read", png);
    }
    Image image{static_cast<int>(png.width), static_cast<int>(png.height)};
    std::size_t at = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x, at += 3) {
            image.set(x, y, Rgb{rows[at], rows[at + 1], rows[at + 2]});
        }
    }
    return image;
}

std::filesystem::path screenshot_path(const std::string& name) {
    const char* update = std::getenv("SITBREAK_UPDATE_SCREENSHOTS");
    const std::filesystem::path dir =
        update != nullptr && std::string{update} == "1"
            ? std::filesystem::path{SITBREAK_SOURCE_DIR} / "assets" / "screenshots"
            : std::filesystem::path{SITBREAK_BINARY_DIR} / "screenshots";
    std::filesystem::create_directories(dir);
    return dir / (name + ".png");
}

}  // namespace sitbreak::test
