#include "tray/windows/config_recovery.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace sitbreak::tray {
namespace {

using namespace std::chrono_literals;

TEST(ConfigRecovery, AMissingFileIsTheDefaultsWithoutComplaint) {
    test::TempDir dir{"prefs"};
    const EditableConfig loaded = load_for_editing(dir / "config.toml");
    EXPECT_FALSE(loaded.broken());
    EXPECT_EQ(loaded.settings, config::Settings{});
}

TEST(ConfigRecovery, KeepsTheGoodKeysOfABrokenFile) {
    test::TempDir dir{"prefs"};
    test::write_file(dir / "config.toml",
                     "[sitting]\nlimit = \"45m\"\n\n[prompt]\nsnooze = 10\nmax_snoozes = 2\n"
                     "[goals]\ndaily = 99\n");
    const EditableConfig loaded = load_for_editing(dir / "config.toml");
    ASSERT_TRUE(loaded.broken());
    ASSERT_EQ(loaded.errors.size(), 2u);
    EXPECT_EQ(loaded.errors[0].key, "prompt.snooze");
    EXPECT_EQ(loaded.errors[0].line, 5);
    EXPECT_EQ(loaded.errors[1].key, "goals.daily");
    EXPECT_EQ(loaded.settings.rules.limit, 45min);
    EXPECT_EQ(loaded.settings.rules.max_snoozes, 2);
    EXPECT_EQ(loaded.settings.rules.snooze, config::Settings{}.rules.snooze);
    EXPECT_EQ(loaded.settings.rules.daily_goal, config::Settings{}.rules.daily_goal);
}

TEST(ConfigRecovery, ASyntaxErrorHidesOnlyItsLine) {
    test::TempDir dir{"prefs"};
    test::write_file(dir / "config.toml",
                     "[sitting]\nlimit = \"50m\"\nbreak_after = \"3m\n[goals]\ndaily = 7\n");
    const EditableConfig loaded = load_for_editing(dir / "config.toml");
    ASSERT_TRUE(loaded.broken());
    EXPECT_EQ(loaded.errors.front().line, 3);
    EXPECT_EQ(loaded.settings.rules.limit, 50min);
    EXPECT_EQ(loaded.settings.rules.daily_goal, 7);
    EXPECT_EQ(loaded.settings.rules.break_after, config::Settings{}.rules.break_after);
}

TEST(ConfigRecovery, AnUnreadableFileGivesTheDefaultsAndSaysWhy) {
    test::TempDir dir{"prefs"};
    std::filesystem::create_directories(dir / "config.toml");
    const EditableConfig loaded = load_for_editing(dir / "config.toml");
    ASSERT_TRUE(loaded.broken());
    EXPECT_NE(loaded.errors[0].message.find("directory"), std::string::npos);
    EXPECT_EQ(loaded.settings, config::Settings{});
}

}  // namespace
}  // namespace sitbreak::tray
