// Every item of the tray menu (DESIGN §10) reaches the daemon: the menu is opened with a
// click on the icon in trayer and items are picked by their mnemonics, as a keyboard user
// would; the daemon's state is read back with `sitbreak status --json`.
#include <ctime>

#include "support/dunst.hpp"
#include "tray_fixture.hpp"

namespace sitbreak::test {
namespace {

std::int64_t seconds_from_now(const nlohmann::json& json, const char* key) {
    if (!json[key].is_number()) return -1;
    return json[key].get<std::int64_t>() - static_cast<std::int64_t>(std::time(nullptr));
}

class TrayMenuTest : public TrayTest {
protected:
    void SetUp() override {
        TrayTest::SetUp();
        start_daemon();
        start_tray();
        sit_down();
        ASSERT_TRUE(wait_for_icon([](const IconPixels& p) { return p.sitting(); }, "the icon"));
    }

    void open_prompt() {
        ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
        ASSERT_TRUE(
            wait_for_icon([](const IconPixels& p) { return p.prompting(); }, "the prompt look"));
    }

    void snooze_for(const std::string& key, std::int64_t seconds) {
        open_prompt();
        ASSERT_TRUE(choose_from_menu({"n", key}));
        EXPECT_TRUE(wait_for_status(
            [&](const nlohmann::json& json) {
                const auto left = json["next_prompt_seconds"];
                return json["state"] == "sitting" && left.is_number() &&
                       left.get<std::int64_t>() > seconds - 30 &&
                       left.get<std::int64_t>() <= seconds;
            },
            "a snooze of " + std::to_string(seconds) + " s"));
    }

    void pause_for(const std::string& key, std::int64_t seconds) {
        ASSERT_TRUE(choose_from_menu({"p", key}));
        EXPECT_TRUE(wait_for_status(
            [&](const nlohmann::json& json) {
                const auto left = seconds_from_now(json, "paused_until");
                return json["state"] == "paused" && left > seconds - 30 && left <= seconds;
            },
            "a pause of " + std::to_string(seconds) + " s"));
        ASSERT_TRUE(choose_from_menu({"r"}));  // Resume
        EXPECT_TRUE(wait_for_status(
            [](const nlohmann::json& json) { return json["state"] != "paused"; }, "resumed"));
    }
};

TEST_F(TrayMenuTest, DoneItemsCount) {
    ASSERT_TRUE(choose_from_menu({"b"}));
    EXPECT_TRUE(
        wait_for_status([](const nlohmann::json& j) { return j["today_done"] == 1; }, "one done"));
    ASSERT_TRUE(choose_from_menu({"q"}));
    EXPECT_TRUE(
        wait_for_status([](const nlohmann::json& j) { return j["today_done"] == 2; }, "two done"));
}

TEST_F(TrayMenuTest, SnoozeAndSkipAnswerThePrompt) {
    snooze_for("1", 10 * 60);
    snooze_for("3", 30 * 60);
    snooze_for("6", 60 * 60);
    open_prompt();
    ASSERT_TRUE(choose_from_menu({"k"}));
    EXPECT_TRUE(wait_for_status(
        [](const nlohmann::json& j) { return j["state"] == "sitting" && j["prompt_id"].is_null(); },
        "the prompt skipped"));
    EXPECT_EQ(status()["today_done"], 0);
}

// A command the daemon refuses is not swallowed: the user gets its sentence as a notification.
TEST_F(TrayMenuTest, RefusalIsShownToTheUser) {
    Dunst dunst{x_->display(), bus_->address()};
    open_prompt();
    // The menu was built while the prompt was open; it closes before Snooze is picked.
    ASSERT_TRUE(choose_from_menu({"n", "1"}, [&] { ASSERT_EQ(cli({"skip"}).exit_code, 0); }));
    EXPECT_TRUE(wait_until(
        [&] {
            for (const Notification& shown : dunst.received()) {
                if (shown.body.find("No prompt is open.") != std::string::npos) return true;
            }
            return false;
        },
        milliseconds{10000}, "a notification with the daemon's refusal"));
}

// Issue 12, defect 3: a done the daemon took but cannot write is counted, and the user is
// told it is held in memory only.
TEST_F(TrayMenuTest, ADoneTheHistoryCannotTakeIsShownAsHeld) {
    Dunst dunst{x_->display(), bus_->address()};
    stop_daemon();
    const auto data = home_ / "data" / "sitbreak";
    std::filesystem::remove_all(data);
    write_file(data, "a file where the data directory should be");
    start_daemon();
    ASSERT_TRUE(choose_from_menu({"b"}));
    EXPECT_TRUE(wait_until(
        [&] {
            for (const Notification& shown : dunst.received()) {
                if (shown.body.find("Counted, but held in memory only") != std::string::npos) {
                    return true;
                }
            }
            return false;
        },
        milliseconds{10000}, "a notification saying the done is held in memory"));
    EXPECT_EQ(status()["today_done"], 1);
}

TEST_F(TrayMenuTest, PauseLengthsAndResume) {
    pause_for("3", 30 * 60);
    pause_for("1", 60 * 60);
    pause_for("2", 2 * 60 * 60);
    ASSERT_TRUE(choose_from_menu({"p", "r"}));  // the rest of the day: until 04:00 local
    const std::int64_t four_local = (4 - daytime_zone().utc_offset.count() + 24) % 24 * 3600;
    EXPECT_TRUE(wait_for_status(
        [&](const nlohmann::json& j) {
            return j["state"] == "paused" && j["paused_until"].is_number() &&
                   j["paused_until"].get<std::int64_t>() % 86400 == four_local;
        },
        "paused until 04:00"));
}

TEST_F(TrayMenuTest, WindowsOpenAndQuitEndsTheTray) {
    ASSERT_TRUE(choose_from_menu({"s"}));
    EXPECT_TRUE(wait_until(
        [&] { return !find_windows(list_windows(x_->display()), "sitbreak — Statistics").empty(); },
        milliseconds{10000}, "the statistics window"));
    ASSERT_TRUE(choose_from_menu({"e"}));
    EXPECT_TRUE(wait_until(
        [&] {
            return !find_windows(list_windows(x_->display()), "sitbreak — Preferences").empty();
        },
        milliseconds{10000}, "the preferences window"));
    ASSERT_TRUE(choose_from_menu({"t"}));
    EXPECT_EQ(tray_->wait_for_exit(milliseconds{10000}), 0) << tray_->err();
}

}  // namespace
}  // namespace sitbreak::test
