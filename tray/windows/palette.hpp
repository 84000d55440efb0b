#pragma once
// The statistics colours, fixed rather than taken from the GTK theme so that a bin reads the
// same everywhere (and tests can check pixels); a dark set for dark themes.
#include <array>
#include <cstdint>

#include "tray/windows/geometry.hpp"

namespace sitbreak::tray {

// Heatmap bins: 0 is nothing done (neutral), 4 is the daily goal reached.
constexpr int heat_bins = 5;

struct Palette {
    std::array<Colour, heat_bins> bins;
    Colour rest_mark;   // the dot on a rest day
    Colour goal_line;   // the daily goal across the 14-day bars
    Colour bar;         // a day below the goal
    Colour bar_met;     // a day that reached it
    Colour error_text;  // field errors in the preferences
    Colour session_mark;  // the corner of a day with an activation session
};

[[nodiscard]] const Palette& palette(bool dark_theme);

// The bin of a day: 0 nothing done, 4 at or above `goal`, 1-3 in between in equal steps.
// A goal of 0 (unknown) counts as the default goal of 5.
[[nodiscard]] int done_bin(std::uint32_t done, std::uint32_t goal);

}  // namespace sitbreak::tray
