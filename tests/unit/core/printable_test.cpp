// Text from a file or a caller, made safe to print or log.
#include "common/printable.hpp"

#include <gtest/gtest.h>

namespace sitbreak::common {
namespace {

TEST(Printable, KeepsPrintableTextAndUtf8AsItIs) {
    EXPECT_EQ(printable("Did 10 bridges · Brücke 🍑"), "Did 10 bridges · Brücke 🍑");
}

TEST(Printable, EscapesControlCharactersSoThatALineStaysOneLine) {
    EXPECT_EQ(printable("a\nb\tc\rd"), "a\\nb\\tc\\rd");
    EXPECT_EQ(printable("\x1b[31mred\x07\x7f"), "\\x1b[31mred\\x07\\x7f");
    EXPECT_EQ(printable(std::string_view{"nul\0byte", 8}), "nul\\x00byte");
}

// U+009B is CSI to a terminal that reads C1 controls; lone bytes are not UTF-8 at all.
TEST(Printable, EscapesC1ControlsAndBytesThatAreNotUtf8) {
    EXPECT_EQ(printable("\xc2\x9b"
                        "2J"),
              "\\u009b2J");
    EXPECT_EQ(printable("\x9b"
                        "2J"),
              "\\x9b2J");
    EXPECT_EQ(printable("\xff\xfe"), "\\xff\\xfe");
    EXPECT_EQ(printable("\xe2\x82"), "\\xe2\\x82");           // cut short
    EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf");           // overlong '/'
    EXPECT_EQ(printable("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
}

TEST(Printable, CutsLongTextAtACharacterBoundary) {
    EXPECT_EQ(printable("abcdef", 4), "abcd…");
    EXPECT_EQ(printable("aé", 2), "a…");
    EXPECT_EQ(printable("abc", 3), "abc");
}

}  // namespace
}  // namespace sitbreak::common
