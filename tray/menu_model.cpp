#include "tray/menu_model.hpp"

#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

using Kind = MenuEntry::Kind;
using common::tr;

MenuEntry item(MenuCommand command, std::string label, bool enabled = true) {
    return {Kind::item, command, std::move(label), enabled, true, {}};
}

MenuEntry separator() { return {Kind::separator, MenuCommand::none, "", true, true, {}}; }

MenuEntry submenu(std::string label, bool enabled, std::vector<MenuEntry> children) {
    return {Kind::submenu, MenuCommand::none, std::move(label), enabled, true, std::move(children)};
}

// Text shown as is: '&' would otherwise mark a mnemonic.
std::string literal(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        escaped += c;
        if (c == '&') escaped += '&';
    }
    return escaped;
}

}  // namespace

std::vector<MenuEntry> tray_menu(const TrayView& view) {
    const MenuState& can = view.menu;
    MenuEntry status = item(MenuCommand::none, literal(view.status_line), false);
    MenuEntry start = item(MenuCommand::start_daemon, tr("St&art the sitbreak daemon"));
    start.visible = !can.daemon_present;
    // Mnemonics let a keyboard (and the gui tests) pick an item without counting rows; each
    // language chooses its own (TRANSLATORS: keep one '&' per label, on a letter of it).
    return {
        status,
        start,
        separator(),
        item(MenuCommand::confirm_bridges, tr("Did 10 &bridges"), can.confirm),
        item(MenuCommand::confirm_squeeze, tr("Did a 30-s s&queeze"), can.confirm),
        submenu(tr("S&nooze"), can.snooze,
                {item(MenuCommand::snooze_10, tr("&10 min")),
                 item(MenuCommand::snooze_30, tr("&30 min")),
                 item(MenuCommand::snooze_60, tr("&60 min"))}),
        item(MenuCommand::skip, tr("S&kip"), can.skip),
        separator(),
        submenu(tr("&Pause"), can.pause,
                {item(MenuCommand::pause_30m, tr("&30 min")),
                 item(MenuCommand::pause_1h, tr("&1 hour")),
                 item(MenuCommand::pause_2h, tr("&2 hours")),
                 item(MenuCommand::pause_rest_of_day, tr("&Rest of the day"))}),
        item(MenuCommand::resume, tr("&Resume"), can.resume),
        separator(),
        item(MenuCommand::session, tr("A&ctivation session…"), can.session),
        item(MenuCommand::statistics, tr("&Statistics…"), can.statistics),
        item(MenuCommand::preferences, tr("Pr&eferences…")),
        separator(),
        item(MenuCommand::quit, tr("Quit &tray")),
    };
}

const MenuEntry* find_entry(const std::vector<MenuEntry>& menu, MenuCommand command) {
    for (const MenuEntry& entry : menu) {
        if (entry.command == command && entry.kind == MenuEntry::Kind::item) return &entry;
        if (const MenuEntry* found = find_entry(entry.children, command)) return found;
    }
    return nullptr;
}

std::optional<std::uint32_t> snooze_minutes(MenuCommand command) {
    switch (command) {
    case MenuCommand::snooze_10: return 10;
    case MenuCommand::snooze_30: return 30;
    case MenuCommand::snooze_60: return 60;
    default: return std::nullopt;
    }
}

std::optional<std::uint32_t> pause_seconds(MenuCommand command) {
    switch (command) {
    case MenuCommand::pause_30m: return 30 * 60;
    case MenuCommand::pause_1h: return 60 * 60;
    case MenuCommand::pause_2h: return 2 * 60 * 60;
    case MenuCommand::pause_rest_of_day: return 0;
    default: return std::nullopt;
    }
}

std::string without_mnemonic(const std::string& label) {
    std::string plain;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label[i] == '&' && i + 1 < label.size()) ++i;
        plain += label[i];
    }
    return plain;
}

std::string gtk_mnemonic(const std::string& label) {
    std::string gtk;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label[i] == '_') {
            gtk += "__";
        } else if (label[i] == '&' && i + 1 < label.size()) {
            gtk += label[i + 1] == '&' ? "&" : "_";
            if (label[i + 1] == '&') ++i;
        } else {
            gtk += label[i];
        }
    }
    return gtk;
}

}  // namespace sitbreak::tray
