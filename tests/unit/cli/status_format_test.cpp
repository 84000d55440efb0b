// GetStatus as text, JSON and waybar JSON (DESIGN §7).
#include "cli/status_format.hpp"

#include <gtest/gtest.h>

#include <sdbus-c++/Types.h>

#include <chrono>
#include <map>

namespace sitbreak::cli {
namespace {

using nlohmann::json;
using namespace std::chrono;

// 2024-05-31 12:00 UTC; the zone is UTC+2, so 14:00 local.
const common::TimePoint now{sys_days{2024y / May / 31} + 12h};
const common::FixedZone zone{2h};

std::int64_t unix_at(common::TimePoint t) { return t.time_since_epoch().count(); }

// The status on the wire (each key with its D-Bus type, org.sitbreak.Sitbreak1.xml), read by
// the clients' one parser: what `status` and `status --waybar` get.
client::DaemonStatus parsed(const json& status) {
    const std::map<std::string, char> types{
        {"sitting_since", 't'},       {"sitting_seconds", 't'}, {"hour_started", 't'},
        {"limit_seconds", 't'},       {"next_prompt_at", 't'},  {"paused_until", 't'},
        {"prompt_id", 't'},           {"today_sitting_seconds", 't'}, {"session_id", 't'},
        {"waiting_since", 't'},       {"next_prompt_seconds", 'x'}};
    std::map<std::string, sdbus::Variant> wire;
    for (const auto& [key, value] : status.items()) {
        if (value.is_string()) wire[key] = sdbus::Variant{value.get<std::string>()};
        if (value.is_boolean()) wire[key] = sdbus::Variant{value.get<bool>()};
        if (value.is_array()) wire[key] = sdbus::Variant{value.get<std::vector<std::string>>()};
        if (!value.is_number_integer()) continue;
        const auto type = types.find(key);
        const char code = type == types.end() ? 'u' : type->second;
        if (code == 't') wire[key] = sdbus::Variant{value.get<std::uint64_t>()};
        if (code == 'x') wire[key] = sdbus::Variant{value.get<std::int64_t>()};
        if (code == 'u') wire[key] = sdbus::Variant{value.get<std::uint32_t>()};
    }
    return client::parse_status(wire);
}

// A status as a daemon sends it (after Variant -> JSON): every key of the contract.
json sitting_status() {
    return json{{"state", "sitting"},
                {"sitting_since", unix_at(now - 42min - 13s)},
                {"sitting_seconds", 42 * 60 + 13},
                {"hour_started", unix_at(now - 30min)},
                {"limit_seconds", 3600},
                {"next_prompt_at", unix_at(now + 17min + 47s)},
                {"next_prompt_seconds", 17 * 60 + 47},
                {"paused_until", 0},
                {"prompt_id", 0},
                {"snoozes_left", 3},
                {"quiet", false},
                {"today", "2024-05-31"},
                {"today_done", 3},
                {"today_sitting_seconds", 4 * 3600},
                {"current_streak", 5},
                {"best_streak", 12},
                {"exercises", {"bridges", "squeeze"}},
                {"prompt_text", ""},
                {"idle_backend", "x11-xsync"},
                {"idle_problem", ""},
                {"config_path", "/home/u/.config/sitbreak/config.toml"},
                {"config_error", ""},
                {"exercises_error", ""},
                {"store_problem", ""},
                {"store_held", 0},
                {"notifications", "dunst"},
                {"prompt_style", "auto"},
                {"prompt_sound", "none"},
                {"daily_goal", 6},
                {"week_sessions", 1},
                {"week_goal", 3},
                {"weekly_streak", 2},
                {"best_weekly_streak", 4},
                {"session_id", 0},
                {"waiting_since", 0},
                {"waiting_for", ""},
                {"escalation", 0},
                {"call_problem", ""}};
}

TEST(StatusText, Sitting) {
    EXPECT_EQ(status_text(parsed(sitting_status()), now, zone),
              "Sitting for 42m · next prompt in 18m · today 3 done · streak 5 days\n");
}

TEST(StatusText, OneDayStreakAndShortSpell) {
    json status = sitting_status();
    status["current_streak"] = 1;
    status["sitting_seconds"] = 35;
    status["next_prompt_seconds"] = 3600 - 35;
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Sitting for 35s · next prompt in 1h · today 3 done · streak 1 day\n");
}

TEST(StatusText, QuietHoldsThePrompt) {
    json status = sitting_status();
    status["quiet"] = true;
    status["next_prompt_seconds"] = -1;
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Sitting for 42m · prompts wait while it is quiet · today 3 done · streak 5 days\n");
    status["quiet"] = false;
    EXPECT_EQ(status_text(parsed(status), now, zone), "Sitting for 42m · today 3 done · streak 5 days\n");
}

TEST(StatusText, ADuePromptSaysWhatItWaitsForAndSinceWhen) {
    json status = sitting_status();
    status["next_prompt_seconds"] = 0;
    status["waiting_since"] = unix_at(now - 2min);
    status["waiting_for"] = "typing";
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Sitting for 42m · prompt waiting for a pause in typing (due 13:58) · today 3 done "
              "· streak 5 days\n");
    status["next_prompt_seconds"] = -1;
    status["waiting_for"] = "dnd";
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Sitting for 42m · prompt waiting: do not disturb is on (due 13:58) · today 3 done "
              "· streak 5 days\n");
}

TEST(StatusText, PromptingSaysHowToAnswer) {
    json status = sitting_status();
    status["state"] = "prompting";
    status["sitting_seconds"] = 62 * 60;
    status["snoozes_left"] = 2;
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Time to move: sitting for 1h2m · 2 snoozes left · today 3 done · streak 5 days\n"
              "Answer with: sitbreak done bridges | sitbreak done squeeze | sitbreak snooze | "
              "sitbreak skip\n");
    status["snoozes_left"] = 0;
    status["exercises"] = {"squeeze"};
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Time to move: sitting for 1h2m · no snoozes left · today 3 done · streak 5 days\n"
              "Answer with: sitbreak done squeeze | sitbreak skip\n");
}

TEST(StatusText, PausedShowsLocalTime) {
    json status = sitting_status();
    status["state"] = "paused";
    status["paused_until"] = unix_at(now + 30min);
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Paused until 14:30 · today 3 done · streak 5 days\n");
    status["paused_until"] = unix_at(sys_days{2024y / June / 1} + 2h);  // 04:00 local
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Paused until tomorrow 04:00 · today 3 done · streak 5 days\n");
    status["paused_until"] = unix_at(sys_days{2024y / June / 5} + 8h);
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Paused until 2024-06-05 10:00 · today 3 done · streak 5 days\n");
}

TEST(StatusText, Away) {
    json status = sitting_status();
    status["state"] = "away";
    status["current_streak"] = 0;
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Away from the desk · today 3 done · streak 0 days\n");
}

TEST(StatusText, ProblemsGetALineEach) {
    json status = sitting_status();
    status["config_error"] = "config.toml:3: unknown key \"sitting.limt\"";
    status["store_problem"] = "the disk is full; keeping events in memory";
    status["idle_problem"] = "no idle backend works";
    EXPECT_EQ(status_text(parsed(status), now, zone),
              "Sitting for 42m · next prompt in 18m · today 3 done · streak 5 days\n"
              "Config problem (the last good settings stay in use): config.toml:3: unknown key "
              "\"sitting.limt\"\n"
              "History problem: the disk is full; keeping events in memory\n"
              "Idle detection problem: no idle backend works\n");
}

TEST(StatusText, SurvivesAMapWithMissingOrOddKeys) {
    EXPECT_EQ(status_text(parsed(json::object()), now, zone),
              "State unknown · today 0 done · streak 0 days\n");
    json odd = sitting_status();
    odd["quiet"] = "yes";
    odd["today_done"] = "three";
    EXPECT_EQ(status_text(parsed(odd), now, zone),
              "Sitting for 42m · next prompt in 18m · today 0 done · streak 5 days\n");
}

TEST(StatusJson, ContractKeysFirstAndNoneAsNull) {
    const nlohmann::ordered_json out = status_json(sitting_status());
    const std::vector<std::string> first{"state",       "sitting_seconds", "next_prompt_seconds",
                                         "today_done",  "current_streak",  "best_streak",
                                         "idle_backend"};
    auto it = out.begin();
    for (const std::string& key : first) {
        ASSERT_NE(it, out.end());
        EXPECT_EQ(it.key(), key);
        ++it;
    }
    EXPECT_EQ(out["state"], "sitting");
    EXPECT_EQ(out["sitting_seconds"], 42 * 60 + 13);
    EXPECT_EQ(out["next_prompt_seconds"], 17 * 60 + 47);
    EXPECT_EQ(out["today_done"], 3);
    EXPECT_EQ(out["current_streak"], 5);
    EXPECT_EQ(out["best_streak"], 12);
    EXPECT_EQ(out["idle_backend"], "x11-xsync");
    EXPECT_EQ(out["sitting_since"], unix_at(now - 42min - 13s));
    EXPECT_TRUE(out["paused_until"].is_null());
    EXPECT_TRUE(out["prompt_id"].is_null());
    EXPECT_TRUE(out["config_error"].is_null());
    EXPECT_TRUE(out["exercises_error"].is_null());
    EXPECT_TRUE(out["prompt_text"].is_null());
    EXPECT_TRUE(out["store_problem"].is_null());
    EXPECT_TRUE(out["idle_problem"].is_null());
    EXPECT_EQ(out["exercises"], nlohmann::ordered_json({"bridges", "squeeze"}));
    EXPECT_EQ(out["quiet"], false);
    EXPECT_EQ(out["notifications"], "dunst");
    EXPECT_EQ(out["prompt_style"], "auto");
    EXPECT_EQ(out["daily_goal"], 6);
    EXPECT_EQ(out["week_sessions"], 1);
    EXPECT_EQ(out["weekly_streak"], 2);
    EXPECT_TRUE(out["session_id"].is_null()) << "no session running";
    EXPECT_TRUE(out["waiting_since"].is_null()) << "no prompt waiting";
    EXPECT_TRUE(out["waiting_for"].is_null());
    EXPECT_EQ(out["escalation"], 0);
    EXPECT_TRUE(out["call_problem"].is_null()) << "calls can be told";
    EXPECT_EQ(out.size(), sitting_status().size());
}

TEST(StatusJson, NoPromptScheduledIsNull) {
    json status = sitting_status();
    status["next_prompt_seconds"] = -1;
    status["next_prompt_at"] = 0;
    const auto out = status_json(status);
    EXPECT_TRUE(out["next_prompt_seconds"].is_null());
    EXPECT_TRUE(out["next_prompt_at"].is_null());
}

TEST(StatusJson, KeysOfANewerDaemonPassThroughAndMissingOnesAreNull) {
    json status = sitting_status();
    status.erase("best_streak");
    status["posture_score"] = 7;
    const auto out = status_json(status);
    EXPECT_TRUE(out.contains("best_streak"));
    EXPECT_TRUE(out["best_streak"].is_null());
    EXPECT_EQ(out["posture_score"], 7);
}

TEST(StatusWaybar, Sitting) {
    const auto out = status_waybar(parsed(sitting_status()), now, zone);
    EXPECT_EQ(out["text"], "42m");
    EXPECT_EQ(out["class"], "sitting");
    EXPECT_EQ(out["percentage"], 50);  // the hour clock started 30 min ago, limit 60 min
    EXPECT_EQ(out["tooltip"],
              "Sitting for 42m · next prompt in 18m · today 3 done · streak 5 days");
    const std::string line = out.dump();
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_EQ(line.rfind("{\"text\":", 0), 0u);
}

TEST(StatusWaybar, PercentageStaysWithinZeroToHundred) {
    json status = sitting_status();
    status["hour_started"] = unix_at(now - 2h);
    EXPECT_EQ(status_waybar(parsed(status), now, zone)["percentage"], 100);
    status["hour_started"] = unix_at(now + 1min);  // clocks disagree by a little
    EXPECT_EQ(status_waybar(parsed(status), now, zone)["percentage"], 0);
    status["limit_seconds"] = 0;
    EXPECT_EQ(status_waybar(parsed(status), now, zone)["percentage"], 0);
}

TEST(StatusWaybar, OtherStates) {
    json status = sitting_status();
    status["state"] = "prompting";
    auto out = status_waybar(parsed(status), now, zone);
    EXPECT_EQ(out["class"], "prompting");
    EXPECT_EQ(out["percentage"], 100);
    EXPECT_EQ(out["text"], "42m");

    status["state"] = "away";
    out = status_waybar(parsed(status), now, zone);
    EXPECT_EQ(out["text"], "away");
    EXPECT_EQ(out["class"], "away");
    EXPECT_EQ(out["percentage"], 0);

    status["state"] = "paused";
    status["paused_until"] = unix_at(now + 1h);
    out = status_waybar(parsed(status), now, zone);
    EXPECT_EQ(out["text"], "paused");
    EXPECT_EQ(out["class"], "paused");
    EXPECT_EQ(out["tooltip"], "Paused until 15:00 · today 3 done · streak 5 days");
}

TEST(StatusWaybar, MarkupIsEscaped) {
    json status = sitting_status();
    status["config_error"] = "<config.toml>:1: a & b";
    const auto out = status_waybar(parsed(status), now, zone);
    const std::string tooltip = out["tooltip"];
    EXPECT_NE(tooltip.find("&lt;config.toml&gt;:1: a &amp; b"), std::string::npos) << tooltip;
}

}  // namespace
}  // namespace sitbreak::cli
