#pragma once
// What a translator's .po file must be (issue 17): every message of the template translated,
// none fuzzy, and each translation's placeholders ({}, {0}, ...) the same as its message's,
// read with gettext's own PO reader (libgettextpo).
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace sitbreak::test {

struct PoMessage {
    std::string msgid;
    std::string msgid_plural;
    std::vector<std::string> translations;  // msgstr, or msgstr[0..n)
    bool fuzzy{false};
};

// The messages of a PO file or template, the header left out. Reading a file that is not
// one fails the test program with gettext's sentence.
[[nodiscard]] std::vector<PoMessage> read_po(const std::filesystem::path& file);

// One sentence per problem of `po` against `pot`; none for a complete translation.
[[nodiscard]] std::vector<std::string> po_problems(const std::filesystem::path& po,
                                                   const std::filesystem::path& pot);

// The msgids of a file (singular forms), for comparing two templates.
[[nodiscard]] std::set<std::string> msgids(const std::filesystem::path& file);

}  // namespace sitbreak::test
