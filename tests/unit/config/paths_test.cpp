#include <gtest/gtest.h>

#include "config/paths.hpp"
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

}  // namespace
}  // namespace sitbreak::config
