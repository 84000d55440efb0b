#pragma once
// The names on the session bus (DESIGN §6): the daemon owns the first three, the tray the
// last two. One spelling for the daemon, the CLI and the tray.
namespace sitbreak::client {

inline constexpr const char* kBusName = "org.sitbreak.Sitbreak1";
inline constexpr const char* kObjectPath = "/org/sitbreak/Sitbreak1";
inline constexpr const char* kInterface = "org.sitbreak.Sitbreak1";
// Owned while a tray runs: with prompt.style = auto the daemon then leaves prompts to it.
inline constexpr const char* kTrayName = "org.sitbreak.Tray";
// Owned while the tray can show its popup without taking focus (see tray/windows/
// popup_surface.hpp); the daemon leaves prompts to the tray only when both are owned.
inline constexpr const char* kTrayPopupName = "org.sitbreak.Tray.Popup";

}  // namespace sitbreak::client
