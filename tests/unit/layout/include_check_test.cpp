// The layout's include arrows (DESIGN §2): the checker on small trees it writes, then on
// the project itself.
#include "include_check.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace sitbreak::layout {
namespace {

namespace fs = std::filesystem;

// A fresh project tree under $TMPDIR, removed with everything in it.
class LayoutTree : public ::testing::Test {
protected:
    LayoutTree() {
        std::string name = (fs::temp_directory_path() / "sitbreak-layout-XXXXXX");
        if (::mkdtemp(name.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        root_ = name;
    }
    ~LayoutTree() override {
        std::error_code ignored;
        fs::remove_all(root_, ignored);
    }

    // Writes `text` to root/`relative`, making its folders.
    void write(const std::string& relative, const std::string& text) {
        const fs::path path = root_ / relative;
        fs::create_directories(path.parent_path());
        std::ofstream out{path, std::ios::binary};
        out << text;
        if (!out) throw std::runtime_error("cannot write " + path.string());
    }

    [[nodiscard]] std::vector<std::string> lines() const {
        std::vector<std::string> out;
        for (const Violation& violation : check_includes(root_)) out.push_back(describe(violation));
        return out;
    }

    fs::path root_;
};

using Lines = std::vector<std::string>;

TEST_F(LayoutTree, ReportsAForbiddenIncludeInTheTrayWithItsLine) {
    write("daemon/store/store.hpp", "#pragma once\n");
    write("tray/x.cpp", "#include <string>\n\n#include \"store/store.hpp\"\n");
    const auto found = check_includes(root_);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].file, "tray/x.cpp");
    EXPECT_EQ(found[0].line, 3U);
    EXPECT_EQ(found[0].include, "store/store.hpp");
    EXPECT_EQ(describe(found[0]),
              "tray/x.cpp:3: includes \"store/store.hpp\": "
              "tray may include only client, config, common, tray");
}

TEST_F(LayoutTree, AllowsARelativeIncludeIntoTheSameRoom) {
    write("daemon/platform/dbus/name_watch.hpp", "#pragma once\n");
    write("daemon/platform/dbus/dnd_watcher.cpp", "#include \"name_watch.hpp\"\n");
    write("daemon/core/rules.hpp", "#pragma once\n");
    write("daemon/core/day.hpp", "#include \"rules.hpp\"\n");
    EXPECT_EQ(lines(), Lines{});
}

TEST_F(LayoutTree, AllowsAnArrowTheTableHas) {
    write("daemon/common/exercise.hpp", "#pragma once\n");
    write("config/settings.hpp", "#pragma once\n");
    write("daemon/cli/run.cpp",
          "#include \"common/exercise.hpp\"\n#include \"config/settings.hpp\"\n");
    write("tray/windows/prefs.cpp", "#include \"tray/windows/click_guard.hpp\"\n");
    EXPECT_EQ(lines(), Lines{});
}

TEST_F(LayoutTree, ReportsCoreIncludingConfig) {
    write("config/settings.hpp", "#pragma once\n");
    write("daemon/core/engine.hpp", "#pragma once\n#include \"config/settings.hpp\"\n");
    EXPECT_EQ(lines(), Lines{"daemon/core/engine.hpp:2: includes \"config/settings.hpp\": "
                             "core may include only common, core"});
}

TEST_F(LayoutTree, IgnoresAnUnknownGeneratedHeader) {
    write("tray/daemon_link.cpp", "#include \"sitbreak1_proxy.h\"\n");
    write("daemon/cli/daemon_client.cpp", "#include \"sitbreak1_proxy.h\"\n");
    EXPECT_EQ(lines(), Lines{});
}

TEST_F(LayoutTree, JudgesAMissingHeaderByItsRoomPrefix) {
    write("tray/tray_view.hpp", "#include \"platform/nope.hpp\"\n");
    EXPECT_EQ(lines(), Lines{"tray/tray_view.hpp:1: includes \"platform/nope.hpp\": "
                             "tray may include only client, config, common, tray"});
}

TEST_F(LayoutTree, ReadsSpacedDirectivesAndSkipsCommentedOnes) {
    write("tray/a.cpp",
          "  #  include   \"core/time.hpp\"\n"
          "// #include \"store/store.hpp\"\n"
          "#include <core/time.hpp>\n");
    EXPECT_EQ(lines(), Lines{"tray/a.cpp:1: includes \"core/time.hpp\": "
                             "tray may include only client, config, common, tray"});
}

TEST_F(LayoutTree, ScansOnlyTheRoomsFoldersAndSourceFiles) {
    write("tests/unit/x_test.cpp", "#include \"store/store.hpp\"\n");
    write("packaging/x.cpp", "#include \"store/store.hpp\"\n");
    write("build/tray/x.cpp", "#include \"store/store.hpp\"\n");
    write("tray/notes.txt", "#include \"store/store.hpp\"\n");
    EXPECT_EQ(lines(), Lines{});
}

TEST_F(LayoutTree, CommonIncludesNothingElse) {
    write("daemon/common/time.hpp", "#include \"common/guard.hpp\"\n#include \"core/rules.hpp\"\n");
    EXPECT_EQ(lines(), Lines{"daemon/common/time.hpp:2: includes \"core/rules.hpp\": "
                             "common may include only common"});
}

TEST(ProjectLayout, TheProjectKeepsItsArrows) {
    const auto found = check_includes(SITBREAK_SOURCE_DIR);
    std::string report;
    for (const Violation& violation : found) report += describe(violation) + "\n";
    EXPECT_TRUE(found.empty()) << found.size() << " forbidden include(s):\n" << report;
}

}  // namespace
}  // namespace sitbreak::layout
