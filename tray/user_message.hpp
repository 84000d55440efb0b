#pragma once
// Telling the user that something they asked for failed: one sentence, as a desktop
// notification (the tray has no window of its own to put it in) and on stderr.
#include <string>
#include <string_view>

namespace sitbreak::tray {

void tell_user(const std::string& sentence);

}  // namespace sitbreak::tray
