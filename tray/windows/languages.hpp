#pragma once
// The user's language for a wx program of sitbreak (the tray, its popup and session
// processes, the windows' demo). English loads no catalogue at all.
namespace sitbreak::tray {

// gettext for common::tr (the menu, the tooltip, the windows' drawn words): at the start.
void set_up_languages();

// wxWidgets' translations, for _() and wxPLURAL, with sitbreak's catalogue and wx's own
// (stock buttons): before the first window is made. They cost the process about 1 MiB of
// heap while it lives, so the tray that only shows its icon and menu never loads them.
void load_window_languages();

}  // namespace sitbreak::tray
