// Issue 17: plural forms in English, German and Spanish through the shipped catalogues, and
// English for a user whose locale is C or not one sitbreak speaks. Each test sets the
// process's locale as a session would (LC_ALL, LANGUAGE) and puts it back after.
#include <gtest/gtest.h>

#include <chrono>
#include <clocale>
#include <cstdlib>

#include "client/human_text.hpp"
#include "common/i18n.hpp"
#include "support/speaking.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono;

TEST_F(Speaking, OneAndTwoMinutesInEnglishGermanAndSpanish) {
    for (const char* locale : {"de_DE.UTF-8", "es_ES.UTF-8", "en_US.UTF-8"}) {
        ASSERT_TRUE(installed(locale)) << locale << " is not generated (packaging/dev.sh does it)";
    }
    speak("en_US.UTF-8");
    EXPECT_EQ(client::duration_words(minutes{1}), "1 minute");
    EXPECT_EQ(client::duration_words(minutes{2}), "2 minutes");
    EXPECT_EQ(client::duration_words(hours{1} + minutes{30}), "1 hour 30 minutes");
    speak("de_DE.UTF-8");
    EXPECT_EQ(client::duration_words(minutes{1}), "1 Minute");
    EXPECT_EQ(client::duration_words(minutes{2}), "2 Minuten");
    EXPECT_EQ(client::duration_words(hours{2} + seconds{1}), "2 Stunden 1 Sekunde");
    speak("es_ES.UTF-8");
    EXPECT_EQ(client::duration_words(minutes{1}), "1 minuto");
    EXPECT_EQ(client::duration_words(minutes{2}), "2 minutos");
    EXPECT_EQ(client::duration_words(hours{1} + seconds{45}), "1 hora 45 segundos");
}

TEST_F(Speaking, LanguageChoosesAmongTheUsersLanguages) {
    ASSERT_TRUE(installed("de_DE.UTF-8"));
    speak("de_DE.UTF-8", "fr:es");  // no French: the next one
    EXPECT_STREQ(common::tr("Time to stand up"), "Hora de levantarse");
}

TEST_F(Speaking, CAndUnknownLanguagesGetEnglish) {
    speak("C", "de");  // gettext ignores LANGUAGE in the C locale, as users of C expect
    EXPECT_STREQ(common::tr("Time to stand up"), "Time to stand up");
    speak("xx_YY.UTF-8");  // not installed: the C locale, silently
    EXPECT_STREQ(common::tr("Time to stand up"), "Time to stand up");
    EXPECT_EQ(client::duration_words(minutes{2}), "2 minutes");
}

TEST_F(Speaking, NumbersStayMachineReadableInEveryLocale) {
    ASSERT_TRUE(installed("de_DE.UTF-8"));
    speak("de_DE.UTF-8");
    EXPECT_STREQ(std::localeconv()->decimal_point, ".") << "LC_NUMERIC stays C";
    EXPECT_EQ(std::strtod("1.5", nullptr), 1.5);
}

TEST_F(Speaking, MachineOutputStaysEnglishWhileScopedEnglishLives) {
    ASSERT_TRUE(installed("de_DE.UTF-8"));
    speak("de_DE.UTF-8");
    {
        const common::ScopedEnglish english;
        EXPECT_STREQ(common::tr("Time to stand up"), "Time to stand up");
        EXPECT_EQ(client::duration_words(minutes{2}), "2 minutes");
    }
    EXPECT_STREQ(common::tr("Time to stand up"), "Zeit aufzustehen");
}

TEST_F(Speaking, AnEmptyFieldStaysEmptyNotTheCataloguesHeader) {
    ASSERT_TRUE(installed("de_DE.UTF-8"));
    speak("de_DE.UTF-8");
    EXPECT_STREQ(common::tr(""), "");
}

TEST_F(Speaking, ATranslationWhosePlaceholdersDoNotFitFallsBackToEnglish) {
    EXPECT_EQ(common::detail::fill("{} {} {}", "{} and {}", 1, 2), "1 and 2");
}

}  // namespace
}  // namespace sitbreak::test
