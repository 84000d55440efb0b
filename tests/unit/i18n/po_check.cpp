#include "po_check.hpp"

#include <gettext-po.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>

// libgettextpo keeps a copy of the name of each file it reads (lex_start's xstrdup, never
// freed): the library's leak, not this program's, which LeakSanitizer reports in the
// sanitized build. Its stack there ends in the library (no frame pointers to walk past it),
// so the library is named. Read at start by LeakSanitizer; unused elsewhere.
extern "C" const char* __lsan_default_suppressions() { return "leak:libgettextpo.so\n"; }

namespace sitbreak::test {
namespace {

void report(int severity, po_message_t, const char* file, size_t line, size_t, int,
            const char* text) {
    std::fprintf(stderr, "%s:%zu: %s\n", file != nullptr ? file : "?", line, text);
    if (severity == PO_SEVERITY_FATAL_ERROR) std::abort();  // gettext: must not return
}

void report2(int severity, po_message_t, const char* file, size_t line, size_t, int,
             const char* text, po_message_t, const char*, size_t, size_t, int, const char*) {
    report(severity, nullptr, file, line, 0, 0, text);
}

const po_xerror_handler kHandler{&report, &report2};

// A message's placeholders in order: fmt's {} and {N}; "{{" is a brace, not one.
std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder{R"(\{\{|\}\}|\{[0-9]*(:[^{}]*)?\})"};
    std::multiset<std::string> found;
    for (auto it = std::sregex_iterator{text.begin(), text.end(), placeholder};
         it != std::sregex_iterator{}; ++it) {
        const std::string token = it->str();
        if (token != "{{" && token != "}}") found.insert(token);
    }
    return found;
}

// {} and {0} name the same first argument when a sentence has one; in general the
// positions must match: {} {} is {0} {1} in a translation that reorders them.
std::multiset<std::string> numbered(const std::multiset<std::string>& tokens) {
    std::multiset<std::string> out;
    int next = 0;
    for (const std::string& token : tokens) {
        out.insert(token == "{}" ? "{" + std::to_string(next++) + "}" : token);
    }
    return out;
}

}  // namespace

std::vector<PoMessage> read_po(const std::filesystem::path& file) {
    po_file_t po = po_file_read(file.c_str(), &kHandler);
    if (po == nullptr) {
        std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
        std::abort();
    }
    std::vector<PoMessage> messages;
    po_message_iterator_t it = po_message_iterator(po, nullptr);
    for (po_message_t m; (m = po_next_message(it)) != nullptr;) {
        if (po_message_is_obsolete(m) || *po_message_msgid(m) == '\0') continue;
        PoMessage message{po_message_msgid(m), "", {}, po_message_is_fuzzy(m) != 0};
        if (const char* plural = po_message_msgid_plural(m)) {
            message.msgid_plural = plural;
            for (int i = 0; const char* form = po_message_msgstr_plural(m, i); ++i) {
                message.translations.emplace_back(form);
            }
        } else {
            message.translations.emplace_back(po_message_msgstr(m));
        }
        messages.push_back(std::move(message));
    }
    po_message_iterator_free(it);
    po_file_free(po);
    return messages;
}

std::set<std::string> msgids(const std::filesystem::path& file) {
    std::set<std::string> ids;
    for (const PoMessage& message : read_po(file)) ids.insert(message.msgid);
    return ids;
}

std::vector<std::string> po_problems(const std::filesystem::path& po,
                                     const std::filesystem::path& pot) {
    std::vector<std::string> problems;
    std::map<std::string, PoMessage> translated;
    for (PoMessage& message : read_po(po)) translated[message.msgid] = std::move(message);
    const std::string name = po.filename().string();
    for (const PoMessage& wanted : read_po(pot)) {
        const auto found = translated.find(wanted.msgid);
        const std::string quoted = "\"" + wanted.msgid + "\"";
        if (found == translated.end()) {
            problems.push_back(name + ": " + quoted + " is missing");
            continue;
        }
        const PoMessage& message = found->second;
        if (message.fuzzy) problems.push_back(name + ": " + quoted + " is fuzzy");
        for (std::size_t form = 0; form < message.translations.size(); ++form) {
            const std::string& text = message.translations[form];
            if (text.empty()) {
                problems.push_back(name + ": " + quoted + " is not translated");
                break;
            }
            const std::string& english =
                form > 0 && !wanted.msgid_plural.empty() ? wanted.msgid_plural : wanted.msgid;
            if (numbered(placeholders(text)) != numbered(placeholders(english))) {
                problems.push_back(name + ": " + quoted + "'s placeholders differ in \"" + text +
                                   "\"");
            }
        }
    }
    return problems;
}

}  // namespace sitbreak::test
