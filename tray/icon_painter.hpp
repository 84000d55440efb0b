#pragma once
// Draws the tray icon for an IconFace at run time (DESIGN §10): a ring filling toward the
// sit limit with the sitting minutes in the middle; orange while a prompt is open; grey
// when paused (with pause bars) or away; a hollow crossed-out ring when the daemon is absent.
#include <wx/image.h>

#include "tray/tray_view.hpp"

namespace sitbreak::tray {

// A square RGBA image of `size` pixels.
[[nodiscard]] wxImage paint_icon(const IconFace& face, int size);

}  // namespace sitbreak::tray
