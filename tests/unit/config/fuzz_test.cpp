// Issue 12, defect 1: 3 000 mutated config files found 25 that crashed the daemon. Here
// 2 000 seeded mutations of the shipped config.toml go through the loader: each must end
// in settings or in errors that name the file, never in a crash, a hang or an error that
// spans lines.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "config/load.hpp"
#include "config_test_support.hpp"

namespace sitbreak::config {
namespace {

// Pieces a mutation splices in: TOML's structure, long runs of it, and bytes a config file
// should never hold.
const std::vector<std::string> kPieces{
    "[",    "]",     "{",     "}",     "=",    ".",   "\"",      "'",        "\"\"\"",
    "'''",  "#",     ",",     "\n",    "\\",   "\\u", "\x1b[2J", "\xff\xfe", std::string(1, '\0'),
    "\r\n", "[[a]]", "a.b.c", "1e999", "-0x1", "nan", "\"10m\"", "true",     "[prompt]",
};

std::string repeated(const std::string& piece, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) text += piece;
    return text;
}

class Mutator {
public:
    explicit Mutator(unsigned seed) : random_{seed} {}

    std::string mutate(std::string text) {
        const int edits = pick(1, 4);
        for (int i = 0; i < edits; ++i) text = edit(std::move(text));
        return text;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>{low, high}(random_); }
    std::size_t position(const std::string& text) {
        return static_cast<std::size_t>(pick(0, static_cast<int>(text.size())));
    }
    const std::string& piece() {
        return kPieces[static_cast<std::size_t>(pick(0, static_cast<int>(kPieces.size()) - 1))];
    }

    std::string edit(std::string text) {
        const std::size_t at = position(text);
        switch (pick(0, 6)) {
        case 0:  // flip a byte
            if (!text.empty())
                text[std::min(at, text.size() - 1)] ^= static_cast<char>(pick(1, 255));
            break;
        case 1: text.insert(at, piece()); break;
        case 2: text.erase(at, static_cast<std::size_t>(pick(1, 200))); break;
        case 3:  // a long run: deep keys, deep nesting, long lines
            text.insert(at, repeated(piece(), static_cast<std::size_t>(pick(10, 50'000))));
            break;
        case 4: text = text.substr(0, at); break;
        case 5: {  // duplicate a slice
            const std::size_t from = position(text);
            text.insert(at, text.substr(from, static_cast<std::size_t>(pick(1, 500))));
            break;
        }
        default:  // a dotted key of many parts, the campaign's crash
            text.insert(
                at, "\n" + repeated("a.", static_cast<std::size_t>(pick(2, 40'000))) + "a = 1\n");
            break;
        }
        return text;
    }

    std::mt19937 random_;
};

TEST(ConfigFuzz, TwoThousandMutationsOfTheShippedFileEndInSettingsOrErrors) {
    const std::string shipped = test::read_file(SITBREAK_SHIPPED_CONFIG);
    ASSERT_FALSE(shipped.empty());
    ASSERT_TRUE(load_string(shipped, "config.toml").ok());
    int rejected = 0;
    for (unsigned seed = 1; seed <= 2000; ++seed) {
        const std::string text = Mutator{seed}.mutate(shipped);
        const LoadResult result = load_string(text, "config.toml");
        if (result.ok()) continue;
        ++rejected;
        ASSERT_LE(result.errors.size(), kMaxErrorsReported + 1) << "seed " << seed;
        EXPECT_EQ(result.settings, Settings{}) << "seed " << seed;
        for (const ConfigError& error : result.errors) {
            const std::string line = error.to_string();
            ASSERT_TRUE(line.starts_with("config.toml")) << "seed " << seed << ": " << line;
            ASSERT_EQ(line.find_first_of(std::string{"\n\r\x1b\0", 4}), std::string::npos)
                << "seed " << seed << ": " << line;
            ASSERT_LT(line.size(), 1000u) << "seed " << seed;
        }
    }
    // Most mutations break the file; some (in a comment, say) do not. Both must happen, or
    // the mutations are not testing anything.
    EXPECT_GT(rejected, 1000);
    EXPECT_LT(rejected, 2000);
}

}  // namespace
}  // namespace sitbreak::config
