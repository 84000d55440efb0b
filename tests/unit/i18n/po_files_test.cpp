// Issue 17: the shipped translations are complete, the template is what the sources and the
// exercise catalogue mark today, and the check finds what a translator can get wrong (a test
// of the test, on broken copies of a shipped file).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "po_check.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::test {
namespace {

namespace fs = std::filesystem;

const fs::path kPoDir{SITBREAK_PO_DIR};

std::vector<std::string> languages() {
    std::ifstream linguas{kPoDir / "LINGUAS"};
    std::vector<std::string> found;
    for (std::string line; std::getline(linguas, line);) {
        if (!line.empty() && line[0] != '#') found.push_back(line);
    }
    return found;
}

std::string read(const fs::path& file) {
    std::ifstream in{file};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(PoFiles, EveryShippedLanguageIsCompleteAgainstTheTemplate) {
    ASSERT_EQ(languages(), (std::vector<std::string>{"de", "es"}));
    for (const std::string& language : languages()) {
        const auto problems = po_problems(kPoDir / (language + ".po"), kPoDir / "sitbreak.pot");
        EXPECT_TRUE(problems.empty()) << testing::PrintToString(problems);
    }
}

TEST(PoFiles, TheTemplateHoldsWhatTheSourcesAndTheCatalogueMarkToday) {
    TempDir dir{"pot"};
    const fs::path fresh = dir / "fresh.pot";
    const std::string command = std::string{SITBREAK_REGENERATE_POT} + " " + fresh.string();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    EXPECT_EQ(msgids(fresh), msgids(kPoDir / "sitbreak.pot"))
        << "po/sitbreak.pot is out of date: cmake --build build --target sitbreak-pot, then "
           "translate what it added to each po/LANG.po";
    EXPECT_TRUE(msgids(fresh).contains("Time to stand up"));
    EXPECT_TRUE(msgids(fresh).contains("Glute bridge")) << "the catalogue's words are in it";
}

// A copy of de.po with `from` replaced by `to`; the test fails if `from` is not in it.
class BrokenCopy : public ::testing::Test {
protected:
    [[nodiscard]] std::vector<std::string> problems_after(const std::string& from,
                                                          const std::string& to) {
        std::string text = read(kPoDir / "de.po");
        const auto at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) text.replace(at, from.size(), to);
        std::ofstream{dir_ / "de.po"} << text;
        return po_problems(dir_ / "de.po", kPoDir / "sitbreak.pot");
    }
    TempDir dir_{"broken-po"};
};

TEST_F(BrokenCopy, AnUntranslatedEntryIsFound) {
    const auto problems = problems_after("msgstr \"Für {} pausiert.\"", "msgstr \"\"");
    ASSERT_EQ(problems.size(), 1u) << testing::PrintToString(problems);
    EXPECT_EQ(problems[0], "de.po: \"Paused for {}.\" is not translated");
}

TEST_F(BrokenCopy, AFuzzyEntryIsFound) {
    const auto problems = problems_after("msgid \"Paused for {}.\"", "#, fuzzy\nmsgid \"Paused for {}.\"");
    ASSERT_EQ(problems.size(), 1u) << testing::PrintToString(problems);
    EXPECT_EQ(problems[0], "de.po: \"Paused for {}.\" is fuzzy");
}

TEST_F(BrokenCopy, PlaceholdersThatDifferAreFound) {
    const auto problems =
        problems_after("msgstr \"Für {} pausiert.\"", "msgstr \"Pausiert.\"");
    ASSERT_EQ(problems.size(), 1u) << testing::PrintToString(problems);
    EXPECT_NE(problems[0].find("placeholders differ"), std::string::npos) << problems[0];
}

TEST_F(BrokenCopy, AReorderedSentenceWithNumberedPlaceholdersIsFine) {
    EXPECT_TRUE(problems_after("msgstr \"{} oder {}\"", "msgstr \"{1} oder {0}\"").empty());
}

TEST_F(BrokenCopy, AMissingEntryIsFound) {
    const auto problems =
        problems_after("msgid \"Paused for {}.\"\nmsgstr \"Für {} pausiert.\"\n", "");
    ASSERT_EQ(problems.size(), 1u) << testing::PrintToString(problems);
    EXPECT_EQ(problems[0], "de.po: \"Paused for {}.\" is missing");
}

TEST_F(BrokenCopy, AnUntranslatedPluralFormIsFound) {
    const auto problems = problems_after("msgstr[1] \"{} Minuten\"", "msgstr[1] \"\"");
    ASSERT_EQ(problems.size(), 1u) << testing::PrintToString(problems);
    EXPECT_NE(problems[0].find("is not translated"), std::string::npos) << problems[0];
}

}  // namespace
}  // namespace sitbreak::test
