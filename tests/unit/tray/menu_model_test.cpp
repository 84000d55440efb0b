// The tray menu (DESIGN §10): its items, which ones apply, and what they ask the daemon.
#include "tray/menu_model.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include "common/i18n.hpp"

namespace sitbreak::tray {
namespace {

using Kind = MenuEntry::Kind;

std::vector<std::string> labels(const std::vector<MenuEntry>& menu) {
    std::vector<std::string> out;
    for (const MenuEntry& entry : menu) {
        if (!entry.visible) continue;
        out.push_back(entry.kind == Kind::separator ? "--" : without_mnemonic(entry.label));
        if (entry.kind == Kind::submenu) {
            for (const MenuEntry& child : entry.children) {
                out.push_back("  " + without_mnemonic(child.label));
            }
        }
    }
    return out;
}

TrayView present(MenuState menu) {
    TrayView view;
    view.status_line = "Sitting for 42m · next prompt at 14:30";
    menu.daemon_present = true;
    view.menu = menu;
    return view;
}

TEST(TrayMenu, HasTheItemsOfTheDesign) {
    const auto menu = tray_menu(present({}));
    EXPECT_EQ(labels(menu), (std::vector<std::string>{
                                "Sitting for 42m · next prompt at 14:30",
                                "--",
                                "Did 10 bridges",
                                "Did a 30-s squeeze",
                                "Snooze",
                                "  10 min",
                                "  30 min",
                                "  60 min",
                                "Skip",
                                "--",
                                "Pause",
                                "  30 min",
                                "  1 hour",
                                "  2 hours",
                                "  Rest of the day",
                                "Resume",
                                "--",
                                "Activation session…",
                                "Statistics…",
                                "Preferences…",
                                "--",
                                "Quit tray",
                            }));
    EXPECT_FALSE(menu.front().enabled);  // the status line is not a command
}

TEST(TrayMenu, EnablesWhatTheStatusAllows) {
    MenuState state;
    state.confirm = state.skip = state.pause = state.statistics = true;
    const auto menu = tray_menu(present(state));
    EXPECT_TRUE(find_entry(menu, MenuCommand::confirm_bridges)->enabled);
    EXPECT_TRUE(find_entry(menu, MenuCommand::skip)->enabled);
    EXPECT_FALSE(find_entry(menu, MenuCommand::resume)->enabled);
    EXPECT_FALSE(menu[5].enabled);  // the Snooze submenu: no snooze allowed
    EXPECT_EQ(menu[5].kind, Kind::submenu);
}

TEST(TrayMenu, AbsentDaemonOffersToStartIt) {
    const auto menu = tray_menu(TrayView{});
    const MenuEntry* start = find_entry(menu, MenuCommand::start_daemon);
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(start->visible);
    EXPECT_FALSE(find_entry(menu, MenuCommand::confirm_bridges)->enabled);
    EXPECT_FALSE(find_entry(menu, MenuCommand::statistics)->enabled);
    EXPECT_FALSE(find_entry(menu, MenuCommand::session)->enabled) << "the daemon keeps sessions";
    EXPECT_TRUE(find_entry(menu, MenuCommand::preferences)->enabled);  // edits a file
    EXPECT_TRUE(find_entry(menu, MenuCommand::quit)->enabled);
    EXPECT_FALSE(find_entry(tray_menu(present({})), MenuCommand::start_daemon)->visible);
}

// A keyboard user (and the gui tests) picks items by mnemonic: no two siblings share one.
void check_mnemonics(const std::vector<MenuEntry>& entries) {
    std::set<char> seen;
    for (const MenuEntry& entry : entries) {
        const auto at = entry.label.find('&');
        if (entry.kind != Kind::separator && entry.command != MenuCommand::none) {
            ASSERT_NE(at, std::string::npos) << entry.label;
        }
        if (at != std::string::npos) {
            EXPECT_TRUE(seen.insert(static_cast<char>(std::tolower(entry.label[at + 1]))).second)
                << entry.label;
        }
        check_mnemonics(entry.children);
    }
}

TEST(TrayMenu, MnemonicsAreUniqueAmongSiblings) { check_mnemonics(tray_menu(TrayView{})); }

// Each language picks its own letters (issue 17); the locales come from the test command.
TEST(TrayMenu, MnemonicsAreUniqueInEveryLanguage) {
    for (const char* locale : {"de_DE.UTF-8", "es_ES.UTF-8"}) {
        ::setenv("LC_ALL", locale, 1);
        common::set_up_translation();
        const auto menu = tray_menu(TrayView{});
        EXPECT_NE(menu.back().label, "Quit &tray") << locale << " is not generated or not shipped";
        check_mnemonics(menu);
    }
    ::setenv("LC_ALL", "C", 1);
    common::set_up_translation();
}

TEST(TrayMenu, StatusLineIsShownLiterally) {
    TrayView view;
    view.status_line = "Config & more";
    const auto menu = tray_menu(view);
    EXPECT_EQ(without_mnemonic(menu.front().label), "Config & more");
    EXPECT_EQ(gtk_mnemonic(menu.front().label), "Config & more");
}

TEST(TrayMenu, CommandsCarryTheirArguments) {
    EXPECT_EQ(snooze_minutes(MenuCommand::snooze_10), 10u);
    EXPECT_EQ(snooze_minutes(MenuCommand::snooze_60), 60u);
    EXPECT_EQ(snooze_minutes(MenuCommand::skip), std::nullopt);
    EXPECT_EQ(pause_seconds(MenuCommand::pause_30m), 1800u);
    EXPECT_EQ(pause_seconds(MenuCommand::pause_2h), 7200u);
    EXPECT_EQ(pause_seconds(MenuCommand::pause_rest_of_day), 0u);  // 0 = rest of the day
    EXPECT_EQ(pause_seconds(MenuCommand::resume), std::nullopt);
}

TEST(Mnemonics, WxToGtk) {
    EXPECT_EQ(gtk_mnemonic("Did 10 &bridges"), "Did 10 _bridges");
    EXPECT_EQ(gtk_mnemonic("a_b &&c"), "a__b &c");
    EXPECT_EQ(without_mnemonic("S&kip"), "Skip");
}

}  // namespace
}  // namespace sitbreak::tray
