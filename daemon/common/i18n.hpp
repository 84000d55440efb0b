#pragma once
// The user's language (issue 17): sitbreak's message catalogue through gettext, in all three
// programs. The build extracts what is marked here (po/CMakeLists.txt): tr, tr_format,
// tr_n:1,2, tr_n_format:1,2 and N_, and in the tray wxWidgets' _ and wxPLURAL:1,2. Machine
// output (JSON, CSV, waybar keys, D-Bus names and values, config keys) is never marked.
#include <fmt/format.h>

#include <string>

namespace sitbreak::common {

// Marks a sentence for the catalogue where it is kept untranslated and translated when
// shown (a table of sentences, a refusal the core names).
// wxWidgets defines N_ as a macro that does the same: the tray's sources see that one.
#ifndef N_
constexpr const char* N_(const char* msgid) { return msgid; }
#endif

// Takes the language, dates and character set from the environment (LANGUAGE, LC_ALL,
// LC_MESSAGES, LC_TIME, LANG) and binds sitbreak's catalogue. Numbers stay as in "C"
// (LC_NUMERIC): machine output and the parsers must not change with the user's locale.
// A locale that is not installed, or C, leaves English, silently.
void set_up_translation();

// The language gettext chose for sitbreak's catalogue ("de", "es"), or "" for English: the
// tray gives wxWidgets the same one for its own words (stock buttons).
[[nodiscard]] std::string catalogue_language();

// Where the catalogues are: the build tree's for programs run from it, else the installed.
[[nodiscard]] std::string locale_dir();

// While one lives, tr and the rest answer in English: for machine output that carries
// sentences (`status --waybar`'s tooltip), which stays the same in every language.
class ScopedEnglish {
public:
    ScopedEnglish();
    ~ScopedEnglish();
    ScopedEnglish(const ScopedEnglish&) = delete;
    ScopedEnglish& operator=(const ScopedEnglish&) = delete;

private:
    bool was_;
};

// `msgid` in the user's language, or itself when the catalogue has no translation.
[[nodiscard]] const char* tr(const char* msgid);
// The form for `n` in the user's language (languages have one to six forms).
[[nodiscard]] const char* tr_n(const char* singular, const char* plural, unsigned long n);

namespace detail {
// A translation whose placeholders do not fit the arguments is a translator's slip: the
// English sentence is shown rather than nothing, or an exception.
template <class... Args>
std::string fill(const char* translated, const char* english, const Args&... args) {
    try {
        return fmt::format(fmt::runtime(translated), args...);
    } catch (const fmt::format_error&) {
        return fmt::format(fmt::runtime(english), args...);
    }
}
}  // namespace detail

// A translated sentence with its {} (or {0}, {1} when a language reorders them) filled in.
template <class... Args>
std::string tr_format(const char* msgid, const Args&... args) {
    return detail::fill(tr(msgid), msgid, args...);
}
template <class... Args>
std::string tr_n_format(const char* singular, const char* plural, unsigned long n,
                        const Args&... args) {
    return detail::fill(tr_n(singular, plural, n), n == 1 ? singular : plural, args...);
}

}  // namespace sitbreak::common
