#pragma once
// A test in the user's language (issue 17): sets the process's locale as a session would
// (LC_ALL, LANGUAGE), binds sitbreak's catalogue and puts C back after. The locales come
// from the test command (packaging/dev.sh generates them).
#include <gtest/gtest.h>

#include <clocale>
#include <cstdlib>

#include "common/i18n.hpp"

namespace sitbreak::test {

class Speaking : public ::testing::Test {
protected:
    static void speak(const char* locale, const char* language = nullptr) {
        ::setenv("LC_ALL", locale, 1);
        if (language != nullptr) {
            ::setenv("LANGUAGE", language, 1);
        } else {
            ::unsetenv("LANGUAGE");
        }
        common::set_up_translation();
    }
    [[nodiscard]] static bool installed(const char* locale) {
        const bool known = std::setlocale(LC_ALL, locale) != nullptr;
        std::setlocale(LC_ALL, "C");
        return known;
    }
    void TearDown() override { speak("C"); }
};

}  // namespace sitbreak::test
