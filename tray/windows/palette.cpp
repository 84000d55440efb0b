#include "tray/windows/palette.hpp"

#include <algorithm>

namespace sitbreak::tray {

namespace {

// Greens as on GitHub's contribution calendar: people already read them as "more is darker"
// on light themes and "more is brighter" on dark ones.
constexpr Palette light{
    {{{0xeb, 0xed, 0xf0},
      {0x9b, 0xe9, 0xa8},
      {0x40, 0xc4, 0x63},
      {0x30, 0xa1, 0x4e},
      {0x21, 0x6e, 0x39}}},
    {0x1f, 0x6f, 0xeb},
    {0xd9, 0x74, 0x1c},
    {0x40, 0xc4, 0x63},
    {0x21, 0x6e, 0x39},
    {0xc0, 0x1c, 0x28},
    {0x82, 0x50, 0xdf},
};

constexpr Palette dark{
    {{{0x2d, 0x33, 0x3b},
      {0x0e, 0x44, 0x29},
      {0x00, 0x6d, 0x32},
      {0x26, 0xa6, 0x41},
      {0x39, 0xd3, 0x53}}},
    {0x58, 0xa6, 0xff},
    {0xf0, 0x88, 0x3e},
    {0x26, 0xa6, 0x41},
    {0x39, 0xd3, 0x53},
    {0xff, 0x7b, 0x72},
    {0xbc, 0x8c, 0xff},
};

constexpr std::uint32_t default_goal = 5;

}  // namespace

const Palette& palette(bool dark_theme) { return dark_theme ? dark : light; }

int done_bin(std::uint32_t done, std::uint32_t goal) {
    if (goal == 0) goal = default_goal;
    if (done == 0) return 0;
    if (done >= goal) return heat_bins - 1;
    const auto step = static_cast<int>((3 * done) / goal);  // 0..2 below the goal
    return std::clamp(1 + step, 1, heat_bins - 2);
}

}  // namespace sitbreak::tray
