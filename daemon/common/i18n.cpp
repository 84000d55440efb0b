#include "common/i18n.hpp"

#include <libintl.h>

#include <clocale>
#include <filesystem>
#include <system_error>
#include <utility>

namespace sitbreak::common {
namespace {

constexpr const char* kDomain = "sitbreak";
thread_local bool english = false;

}  // namespace

// Run from a build tree (the tests, `packaging/dev.sh run`), the catalogues it built: the
// tree is the nearest directory above the program with a CMakeCache.txt. Installed
// programs have none above them. No path of the build machine is compiled in.
std::string locale_dir() {
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        for (auto dir = self.parent_path(); dir.has_relative_path(); dir = dir.parent_path()) {
            if (std::filesystem::exists(dir / "CMakeCache.txt", error)) {
                return (dir / "locale").string();
            }
        }
    }
    return SITBREAK_LOCALEDIR;
}

std::string catalogue_language() {
    // The translation of "" is the catalogue's header, which names its language.
    const std::string header = dgettext(kDomain, "");
    const auto at = header.find("Language: ");
    if (at == std::string::npos) return "";
    const auto start = at + std::string_view{"Language: "}.size();
    return header.substr(start, header.find('\n', start) - start);
}

void set_up_translation() {
    std::setlocale(LC_ALL, "");
    std::setlocale(LC_NUMERIC, "C");
    bindtextdomain(kDomain, locale_dir().c_str());
    // Whatever the locale's character set, sitbreak writes UTF-8 (its own text is UTF-8).
    bind_textdomain_codeset(kDomain, "UTF-8");
    textdomain(kDomain);
}

ScopedEnglish::ScopedEnglish() : was_{std::exchange(english, true)} {}
ScopedEnglish::~ScopedEnglish() { english = was_; }

// "" is the catalogue's header, never a message: an empty field stays empty.
const char* tr(const char* msgid) {
    return english || *msgid == '\0' ? msgid : dgettext(kDomain, msgid);
}

const char* tr_n(const char* singular, const char* plural, unsigned long n) {
    if (english) return n == 1 ? singular : plural;
    return dngettext(kDomain, singular, plural, n);
}

}  // namespace sitbreak::common
