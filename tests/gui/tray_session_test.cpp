// Issue 15 in the real tray: "Activation session…" opens the session window (a process of
// its own), which walks a two-item routine to its summary; the item skipped is recorded as
// skipped, the other with its sets, and the week counts the session.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "gui/support/window_reports.hpp"
#include "tray_fixture.hpp"

namespace sitbreak::test {
namespace {

using nlohmann::json;

// The shipped routine's id, so that the menu (which opens the first routine) walks it:
// two sets of clamshells with a 1-second rest, then the squeeze.
constexpr const char* kShortRoutine = R"([routines.medius_wake_up]
name = "Short wake-up"
items = [
  { exercise = "clamshells", sets = 2, reps = 10, rest = 1 },
  { exercise = "squeeze", sets = 1, seconds = 30, rest = 1 },
]
)";

class TraySessionTest : public TrayTest {
protected:
    [[nodiscard]] unsigned long active_window() const {
        const RunResult active = run({"xdotool", "getactivewindow"}, x_->env());
        return active.exit_code == 0 ? std::stoul(active.out) : 0;
    }
    // The last report of the session window while it shows `widget`.
    std::optional<ShownWindow> session_with(const std::string& widget) const {
        const auto reports = window_reports(tray_->out());
        for (auto report = reports.rbegin(); report != reports.rend(); ++report) {
            if (report->widgets.contains("session.progress")) {
                if (report->widgets.contains(widget)) return *report;
                return std::nullopt;
            }
        }
        return std::nullopt;
    }
    testing::AssertionResult wait_for_session(const std::string& widget, ShownWindow& window,
                                              milliseconds timeout = milliseconds{15000}) {
        std::optional<ShownWindow> found;
        auto result = wait_until([&] { return (found = session_with(widget)).has_value(); },
                                 timeout, "the session window showing " + widget);
        if (found) window = *found;
        return result ? result : result << "\n" << tray_->out() << tray_->err();
    }
};

TEST_F(TraySessionTest, TheSessionWindowWalksARoutineToItsSummaryAndRecordsASkippedItem) {
    const auto config_dir = home_ / "config" / "sitbreak";
    std::filesystem::create_directories(config_dir);
    std::ofstream{config_dir / "exercises.toml"} << kShortRoutine;
    write_config(kTrayConfig);
    start_daemon();
    start_tray({"--probe-windows"});
    ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return !p.absent(); }, "the icon"));
    ASSERT_TRUE(choose_from_menu({"c"}));  // Activation session…

    ShownWindow window;
    ASSERT_TRUE(wait_for_session("session.start", window));
    EXPECT_NE(status()["session_id"], nullptr) << "the daemon keeps the session";
    // Started by the user: it takes the keyboard (Enter, Escape reach it).
    EXPECT_TRUE(wait_until([&] { return active_window() == window.id; }, milliseconds{5000},
                           "the session window active"));
    click_widget(x_->display(), window, "session.start");
    // The first set, counted at the tempo with the figure moving; "Set done" ends it early.
    ASSERT_TRUE(wait_for_session("session.set-done", window));
    save_png(capture(x_->display(), window.id), screenshot_path("session-window-set"));
    click_widget(x_->display(), window, "session.set-done");
    ASSERT_TRUE(wait_for_session("session.rest", window));  // 1 s, then the second set
    ASSERT_TRUE(wait_for_session("session.set-done", window));
    click_widget(x_->display(), window, "session.set-done");
    // The squeeze's introduction: skipped before it starts.
    ASSERT_TRUE(wait_for_session("session.start", window));
    click_widget(x_->display(), window, "session.skip");
    ASSERT_TRUE(wait_for_session("session.summary", window));
    EXPECT_TRUE(window.widgets.contains("session.close"));
    save_png(capture(x_->display(), window.id), screenshot_path("session-window"));

    ASSERT_TRUE(wait_until(
        [&] { return status()["week_sessions"] == 1; }, milliseconds{10000},
        "the session counted for the week"));
    const json history = json::parse(cli({"export", "--json"}).out);
    ASSERT_EQ(history["sessions"].size(), 1u);
    const json& session = history["sessions"][0];
    EXPECT_EQ(session["routine"], "medius_wake_up");
    EXPECT_EQ(session["outcome"], "done");
    ASSERT_EQ(session["items"].size(), 2u);
    EXPECT_EQ(session["items"][0]["exercise"], "clamshells");
    EXPECT_EQ(session["items"][0]["sets_done"], 2);
    EXPECT_EQ(session["items"][0]["amount_done"], 20);
    EXPECT_EQ(session["items"][0]["skipped"], false);
    EXPECT_EQ(session["items"][1]["exercise"], "squeeze");
    EXPECT_EQ(session["items"][1]["skipped"], true);

    click_widget(x_->display(), window, "session.close");
    EXPECT_TRUE(wait_until([&] { return status()["session_id"] == nullptr; }, milliseconds{5000},
                           "no session running"));
}

// Progression in the tray: after a session walked to its end, the summary offers the next step
// of an exercise whose whole dose was done session after session; "Step up" takes it.
TEST_F(TraySessionTest, TheSummaryOffersTheNextStepAndStepUpTakesIt) {
    const auto config_dir = home_ / "config" / "sitbreak";
    std::filesystem::create_directories(config_dir);
    std::ofstream{config_dir / "exercises.toml"} << kShortRoutine;
    write_config(std::string{kTrayConfig} + "\n[programme]\nprogress_after = 2\n");
    start_daemon();
    // One session with the clamshells' whole dose (2 sets of 10) already behind.
    const auto busctl = [&](std::vector<std::string> call) {
        std::vector<std::string> args{"busctl", "--user", "call", "org.sitbreak.Sitbreak1",
                                      "/org/sitbreak/Sitbreak1", "org.sitbreak.Sitbreak1"};
        args.insert(args.end(), call.begin(), call.end());
        return run(std::move(args), env());
    };
    const RunResult started = busctl({"StartSession", "s", ""});
    ASSERT_EQ(started.exit_code, 0) << started.err;
    const std::string id = started.out.substr(2, started.out.find_last_not_of(" \n") - 1);
    ASSERT_EQ(busctl({"FinishSession", "tsa(uuub)", id, "done", "1", "0", "2", "20", "false"})
                  .exit_code,
              0);
    start_tray({"--probe-windows"});
    ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return !p.absent(); }, "the icon"));
    ASSERT_TRUE(choose_from_menu({"c"}));

    ShownWindow window;
    ASSERT_TRUE(wait_for_session("session.start", window));
    click_widget(x_->display(), window, "session.start");
    ASSERT_TRUE(wait_for_session("session.set-done", window));
    click_widget(x_->display(), window, "session.set-done");
    ASSERT_TRUE(wait_for_session("session.rest", window));
    ASSERT_TRUE(wait_for_session("session.set-done", window));
    click_widget(x_->display(), window, "session.set-done");
    ASSERT_TRUE(wait_for_session("session.start", window));
    click_widget(x_->display(), window, "session.skip");
    ASSERT_TRUE(wait_for_session("session.step-up", window));
    EXPECT_TRUE(window.widgets.contains("session.offer"));
    EXPECT_TRUE(window.widgets.contains("session.not-yet"));
    click_widget(x_->display(), window, "session.step-up");
    EXPECT_TRUE(wait_until(
        [&] {
            return busctl({"GetRoutines"}).out.find("\"amount\" u 12 \"exercise\" s \"clamshells\"") !=
                   std::string::npos;
        },
        milliseconds{5000}, "clamshells at 12 a set"));
}

// "Start now" on the daemon's suggestion starts the session process with --session-quietly
// (the tray's SessionProcess): the window then never takes the keyboard from what the user
// is typing into. Ending that process (the tray quit) ends the session as stopped.
TEST_F(TraySessionTest, OpenedFromTheSuggestionItLeavesTheKeyboardAlone) {
    start_daemon();
    ProcessOptions options;
    options.env = env();
    Process session{{SITBREAK_TRAY_PATH, "--session", "", "--session-quietly", "--probe-windows"},
                    std::move(options)};
    std::optional<ShownWindow> window;
    ASSERT_TRUE(wait_until(
        [&] {
            const auto reports = window_reports(session.out());
            if (!reports.empty() && reports.back().widgets.contains("session.start")) {
                window = reports.back();
            }
            return window.has_value();
        },
        milliseconds{15000}, "the session window"))
        << session.out() << session.err();
    const std::string id = std::to_string(window->id);
    EXPECT_EQ(run({"xprop", "-display", x_->display(), "-id", id, "_NET_WM_USER_TIME"}).out,
              "_NET_WM_USER_TIME(CARDINAL) = 0\n");
    EXPECT_NE(active_window(), window->id);
    ASSERT_NE(status()["session_id"], nullptr);
    session.stop();  // SIGTERM, as when the tray quits
    EXPECT_TRUE(wait_until([&] { return status()["session_id"] == nullptr; }, milliseconds{5000},
                           "the session ended"));
    const json week = json::parse(cli({"week", "--json"}).out);
    ASSERT_EQ(week["session_list"].size(), 1u);
    EXPECT_EQ(week["session_list"][0]["outcome"], "stopped");
}

}  // namespace
}  // namespace sitbreak::test
