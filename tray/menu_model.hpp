#pragma once
// The tray menu (DESIGN §10) as data, so that both tray backends build the same menu and
// the tests can read it without a display. Pure.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tray/tray_view.hpp"

namespace sitbreak::tray {

enum class MenuCommand {
    none,  // the status line, separators and submenu headers
    start_daemon,
    confirm_bridges,
    confirm_squeeze,
    snooze_10,
    snooze_30,
    snooze_60,
    skip,
    pause_30m,
    pause_1h,
    pause_2h,
    pause_rest_of_day,
    resume,
    session,
    statistics,
    preferences,
    quit,
};

struct MenuEntry {
    enum class Kind { item, separator, submenu };
    Kind kind{Kind::item};
    MenuCommand command{MenuCommand::none};
    std::string label;  // with a GTK/wx mnemonic: "Did 10 _bridges" is written "Did 10 &bridges"
    bool enabled{true};
    bool visible{true};
    std::vector<MenuEntry> children;  // of a submenu
    friend bool operator==(const MenuEntry&, const MenuEntry&) = default;
};

// Every entry, in order, including those hidden in this state (so that a backend can build
// its menu once and only update labels, sensitivity and visibility afterwards).
[[nodiscard]] std::vector<MenuEntry> tray_menu(const TrayView& view);

// The entry of `command` in `menu`, searched through submenus.
[[nodiscard]] const MenuEntry* find_entry(const std::vector<MenuEntry>& menu, MenuCommand command);

// What a command asks of the daemon: Snooze minutes, Pause seconds (0 = rest of the day).
[[nodiscard]] std::optional<std::uint32_t> snooze_minutes(MenuCommand command);
[[nodiscard]] std::optional<std::uint32_t> pause_seconds(MenuCommand command);

// "&Did 10 bridges" -> "Did 10 bridges": for logs and for hosts without mnemonics.
[[nodiscard]] std::string without_mnemonic(const std::string& label);
// wx marks mnemonics with '&', GTK with '_': "Did 10 &bridges" -> "Did 10 _bridges". A
// literal '_' is doubled.
[[nodiscard]] std::string gtk_mnemonic(const std::string& label);

}  // namespace sitbreak::tray
