#include "tray/windows/autostart.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace sitbreak::tray {
namespace {

class Autostart : public testing::Test {
protected:
    test::TempDir dir_{"autostart"};
    AutostartPaths paths_{dir_ / "home/autostart/sitbreak-tray.desktop",
                          {dir_ / "etc/autostart/sitbreak-tray.desktop"}};
};

TEST_F(Autostart, OffUntilTurnedOnThenOffAgain) {
    EXPECT_FALSE(autostart_enabled(paths_));
    set_autostart(paths_, true, "/usr/bin/sitbreak-tray");
    EXPECT_TRUE(autostart_enabled(paths_));
    const std::string entry = test::read_file(paths_.user_entry);
    EXPECT_NE(entry.find("[Desktop Entry]\n"), std::string::npos);
    EXPECT_NE(entry.find("\nExec=/usr/bin/sitbreak-tray\n"), std::string::npos);
    set_autostart(paths_, false, "/usr/bin/sitbreak-tray");
    EXPECT_FALSE(autostart_enabled(paths_));
    EXPECT_FALSE(std::filesystem::exists(paths_.user_entry));
}

TEST_F(Autostart, ASystemEntryIsHiddenRatherThanDeleted) {
    std::filesystem::create_directories(paths_.system_entries[0].parent_path());
    test::write_file(paths_.system_entries[0], "[Desktop Entry]\nExec=sitbreak-tray\n");
    EXPECT_TRUE(autostart_enabled(paths_));
    set_autostart(paths_, false, "sitbreak-tray");
    EXPECT_FALSE(autostart_enabled(paths_));
    EXPECT_NE(test::read_file(paths_.user_entry).find("\nHidden=true\n"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(paths_.system_entries[0]));
    set_autostart(paths_, true, "sitbreak-tray");
    EXPECT_TRUE(autostart_enabled(paths_));
}

TEST_F(Autostart, QuotesACommandWithSpaces) {
    set_autostart(paths_, true, "/home/me/my builds/sitbreak-tray");
    EXPECT_NE(
        test::read_file(paths_.user_entry).find("\nExec=\"/home/me/my builds/sitbreak-tray\"\n"),
        std::string::npos);
}

TEST(AutostartPaths, FollowTheXdgVariables) {
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-home", 1);
    setenv("XDG_CONFIG_DIRS", "/opt/xdg:relative:/etc/xdg", 1);
    const AutostartPaths paths = autostart_paths();
    EXPECT_EQ(paths.user_entry, "/tmp/xdg-home/autostart/sitbreak-tray.desktop");
    ASSERT_EQ(paths.system_entries.size(), 2u);  // relative entries are ignored, as the spec says
    EXPECT_EQ(paths.system_entries[1], "/etc/xdg/autostart/sitbreak-tray.desktop");
    unsetenv("XDG_CONFIG_HOME");
    unsetenv("XDG_CONFIG_DIRS");
}

}  // namespace
}  // namespace sitbreak::tray
