#include "config/paths.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "config_test_support.hpp"

namespace sitbreak::config {
namespace {

using test::ScopedEnv;

TEST(DefaultConfigPath, UsesAnAbsoluteXdgConfigHome) {
    const ScopedEnv home{"HOME", "/home/ann"};
    const ScopedEnv xdg{"XDG_CONFIG_HOME", "/srv/conf"};
    EXPECT_EQ(default_config_path(), "/srv/conf/sitbreak/config.toml");
}

TEST(DefaultConfigPath, FallsBackToHomeWhenXdgConfigHomeIsUnset) {
    const ScopedEnv home{"HOME", "/home/ann"};
    const ScopedEnv xdg{"XDG_CONFIG_HOME", std::nullopt};
    EXPECT_EQ(default_config_path(), "/home/ann/.config/sitbreak/config.toml");
}

TEST(DefaultConfigPath, IgnoresAnEmptyXdgConfigHome) {
    const ScopedEnv home{"HOME", "/home/ann"};
    const ScopedEnv xdg{"XDG_CONFIG_HOME", ""};
    EXPECT_EQ(default_config_path(), "/home/ann/.config/sitbreak/config.toml");
}

TEST(DefaultConfigPath, IgnoresARelativeXdgConfigHome) {
    const ScopedEnv home{"HOME", "/home/ann"};
    const ScopedEnv xdg{"XDG_CONFIG_HOME", "relative/conf"};
    EXPECT_EQ(default_config_path(), "/home/ann/.config/sitbreak/config.toml");
}

TEST(DefaultConfigPath, WithoutHomeAsksThePasswordDatabase) {
    const ScopedEnv home{"HOME", std::nullopt};
    const ScopedEnv xdg{"XDG_CONFIG_HOME", std::nullopt};
    const auto path = default_config_path();
    EXPECT_TRUE(path.is_absolute()) << path;
    EXPECT_EQ(path.filename(), "config.toml");
    EXPECT_EQ(path.parent_path().filename(), "sitbreak");
}

// Issue 12, defect 9: the settings and history directories are private whatever the umask.
TEST(MakePrivateDirectories, MakesEachMissingDirectory0700WhateverTheUmask) {
    const test::TempDir dir;
    std::filesystem::create_directory(dir / "kept");
    std::filesystem::permissions(dir / "kept", std::filesystem::perms{0755});
    for (const mode_t mask : {mode_t{0}, mode_t{022}, mode_t{0777}}) {
        const auto made = dir / "kept" / ("mask" + std::to_string(mask)) / "share" / "sitbreak";
        const mode_t old = ::umask(mask);
        make_private_directories(made);
        ::umask(old);
        for (auto path = made; path != dir / "kept"; path = path.parent_path()) {
            EXPECT_EQ(std::filesystem::status(path).permissions(), std::filesystem::perms{0700})
                << path << " with umask " << mask;
        }
    }
    EXPECT_EQ(std::filesystem::status(dir / "kept").permissions(), std::filesystem::perms{0755});
}

TEST(MakePrivateDirectories, AFileInTheWaySaysWhichPath) {
    const test::TempDir dir;
    test::write_file(dir / "share", "not a directory");
    try {
        make_private_directories(dir / "share" / "sitbreak");
        FAIL() << "no error";
    } catch (const std::filesystem::filesystem_error& error) {
        EXPECT_EQ(error.path1(), dir / "share");
        EXPECT_EQ(error.code(), std::errc::not_a_directory);
    }
}

}  // namespace
}  // namespace sitbreak::config
