// The preferences window: a bad value is refused next to its field and nothing is written;
// a good one is saved with the rest of the file kept; a broken file is not overwritten
// without asking.
#include <gtest/gtest.h>

#include <algorithm>

#include "config/load.hpp"
#include "demo_window.hpp"
#include "support/wait.hpp"
#include "tray/windows/palette.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* valid_file =
    "[sitting]\nlimit = \"45m\"\n\n[prompt]\nmax_snoozes = 2\n\n[idle]\nbackend = \"x11\"\n";
constexpr const char* broken_file =
    "[sitting]\nlimit = \"45m\"\n\n[prompt]\nsnooze = 10\nmax_snoozes = 2\n";

class Preferences : public testing::Test {
protected:
    Preferences() { wait_for_window_manager(x_); }

    std::filesystem::path config() const { return home_ / "config" / "sitbreak" / "config.toml"; }

    void write_config(const char* text) {
        std::filesystem::create_directories(config().parent_path());
        write_file(config(), text);
    }

    // Replaces a text field's content as a user would: click, select all, type.
    void type_into(DemoWindow& demo, const std::string& field, const std::string& text) {
        demo.click("field." + field);
        ASSERT_EQ(xdotool(x_.display(), {"key", "ctrl+a"}).exit_code, 0);
        ASSERT_EQ(xdotool(x_.display(), {"type", text}).exit_code, 0);
    }

    // Red text is on screen where the window shows `widget` (an error label, the banner).
    bool shows_red(const DemoWindow& demo, const std::string& widget) const {
        const tray::Colour red = tray::palette(false).error_text;
        return count_near(demo.capture_widget(widget), Rgb{red.r, red.g, red.b}, 40) > 10;
    }

    bool saved(const DemoWindow& demo) const { return demo.line_starting("saved").has_value(); }

    XServer x_{true};
    TempDir home_{"prefs-window"};
};

TEST_F(Preferences, RefusesAnInvalidValueThenSavesAValidOne) {
    write_config(valid_file);
    DemoWindow demo{x_, {"--prefs", config().string()}, home_.path()};
    demo.wait_shown();
    save_png(demo.capture_widget(), screenshot_path("preferences"));
    EXPECT_FALSE(shows_red(demo, "error.sitting.limit"));

    type_into(demo, "sitting.limit", "soon");
    demo.click("save");
    EXPECT_TRUE(wait_until([&] { return shows_red(demo, "error.sitting.limit"); }, 5s,
                           "an error next to the sitting limit"));
    EXPECT_EQ(read_file(config()), valid_file) << "an invalid value was written";
    EXPECT_FALSE(saved(demo));

    type_into(demo, "sitting.limit", "25m");
    demo.click("field.autostart");
    demo.click("save");
    ASSERT_TRUE(wait_until([&] { return saved(demo); }, 5s, "the settings to be saved"));
    const config::LoadResult written = config::load_file(config());
    ASSERT_TRUE(written.ok()) << written.errors.front().to_string();
    EXPECT_EQ(written.settings.rules.limit, 25min);
    EXPECT_EQ(written.settings.rules.max_snoozes, 2) << "a key the window shows was lost";
    EXPECT_EQ(written.settings.idle_backend, config::IdleBackend::x11)
        << "a key the window does not show was lost";
    EXPECT_FALSE(shows_red(demo, "error.sitting.limit"));
    const std::string autostart =
        read_file(home_ / "config" / "autostart" / "sitbreak-tray.desktop");
    EXPECT_NE(autostart.find("\nExec="), std::string::npos) << "autostart entry not written";
}

TEST_F(Preferences, AsksBeforeSavingOverABrokenFile) {
    write_config(broken_file);
    DemoWindow demo{x_, {"--prefs", config().string()}, home_.path()};
    demo.wait_shown();
    EXPECT_TRUE(shows_red(demo, "banner")) << "the file's errors are not shown";

    const auto question_shown = [&] {
        return xdotool(x_.display(),
                       {"search", "--onlyvisible", "--name", "Save over a file with errors"})
                   .exit_code == 0;
    };
    const auto answer_question = [&](const char* key) {
        ASSERT_TRUE(wait_until(question_shown, 5s, "the question before overwriting"));
        ASSERT_EQ(xdotool(x_.display(), {"key", key}).exit_code, 0);
        ASSERT_TRUE(wait_until([&] { return !question_shown(); }, 5s, "the question to go"));
    };
    demo.click("save");
    answer_question("alt+d");  // Don't save
    EXPECT_EQ(read_file(config()), broken_file);
    EXPECT_FALSE(saved(demo));

    demo.click("save");
    answer_question("alt+s");  // Save anyway
    ASSERT_TRUE(wait_until([&] { return saved(demo); }, 5s, "the settings to be saved"));
    const config::LoadResult written = config::load_file(config());
    ASSERT_TRUE(written.ok()) << written.errors.front().to_string();
    EXPECT_EQ(written.settings.rules.limit, 45min) << "a good key of the broken file was lost";
    EXPECT_EQ(written.settings.rules.max_snoozes, 2);
}

// Issue 17: the window's words and wx's stock buttons (Debian's wx3.2-i18n) in German.
TEST_F(Preferences, InAGermanSessionTheWindowIsGerman) {
    write_config(valid_file);
    DemoWindow demo{x_, {"--prefs", config().string()}, home_.path(), {{"LC_ALL", "de_DE.UTF-8"}}};
    const ShownWindow& shown = demo.wait_shown();
    save_png(demo.capture_widget(), screenshot_path("preferences-de"));
    EXPECT_EQ(shown.title, "sitbreak — Einstellungen");
    const auto says = [&](const std::string& text) {
        return std::find(shown.labels.begin(), shown.labels.end(), text) != shown.labels.end();
    };
    EXPECT_TRUE(says("Das Tray bei der Anmeldung starten"));
    EXPECT_TRUE(says("Speichern")) << "wx's own catalogue names the stock button";
    EXPECT_TRUE(says("Schließen"));
    EXPECT_FALSE(says("Start the tray when I log in"));
    type_into(demo, "sitting.limit", "soon");
    demo.click("save");
    EXPECT_TRUE(wait_until(
        [&] {
            const auto report = demo.wait_widget("status");
            return std::find(report.labels.begin(), report.labels.end(),
                             "Nicht gespeichert: Korrigieren Sie die rot markierten Felder.") !=
                   report.labels.end();
        },
        5s, "the German refusal beside the buttons"));
}

}  // namespace
}  // namespace sitbreak::test
