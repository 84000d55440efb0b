#pragma once
// The tray starts its popup and session windows as processes of the same program.
#include <string>

namespace sitbreak::tray {

// This program's file; after an upgrade replaced it, the new one at the same path (the
// kernel says "path (deleted)" for the file this process runs). "" when unknown.
[[nodiscard]] std::string program_path();

}  // namespace sitbreak::tray
