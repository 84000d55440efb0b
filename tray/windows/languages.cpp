#include "tray/windows/languages.hpp"

#include <wx/translation.h>

#include <utility>

#include "common/i18n.hpp"

namespace sitbreak::tray {

void set_up_languages() { common::set_up_translation(); }

void load_window_languages() {
    static bool loaded = false;
    if (std::exchange(loaded, true)) return;
    const std::string language = common::catalogue_language();
    if (language.empty()) return;
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(common::locale_dir()));
    auto* translations = new wxTranslations;
    translations->SetLanguage(wxString::FromUTF8(language));
    wxTranslations::Set(translations);
    translations->AddStdCatalog();
    translations->AddCatalog("sitbreak");
}

}  // namespace sitbreak::tray
