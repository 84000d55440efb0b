#pragma once
// The user's language for a wx program of sitbreak (the tray, the windows' demo): gettext for
// the words of common::tr, and wxWidgets' translations for _() and wxPLURAL with sitbreak's
// catalogue and wx's own (stock buttons). English loads no catalogue at all.
namespace sitbreak::tray {

void set_up_languages();

}  // namespace sitbreak::tray
