// Issue 12, defects 5 and 6 on the real daemon: the wall clock stepped while the user types
// (a preload shim moves CLOCK_REALTIME, and nothing else, as setting the clock does), and
// the time zone changed while the daemon runs.
#include <csignal>
#include <ctime>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

namespace fs = std::filesystem;

// An hour to the prompt, and a break only after 8 s: a typist slowed by a loaded machine
// must not look like a break.
constexpr const char* kLongLimit =
    "[sitting]\nlimit = \"1h\"\nbreak_after = \"8s\"\n[idle]\nmin_activity = \"1s\"\n";

class ClockStepTest : public DaemonTest {
protected:
    void SetUp() override {
        DaemonTest::SetUp();
        step_clock(0);
        daemon_env_["LD_PRELOAD"] = SITBREAK_FAULT_SHIM;
        daemon_env_["SITBREAK_TEST_CLOCK_OFFSET_FILE"] = offset_file().string();
    }
    [[nodiscard]] fs::path offset_file() const { return home_ / "clock-offset"; }
    // The daemon's wall clock is the real one plus `seconds` from now on.
    void step_clock(long seconds) { write_file(offset_file(), std::to_string(seconds)); }
    [[nodiscard]] std::string sql(const std::string& query) const {
        return run({"sqlite3", database_path().string(), query}).out;
    }
};

// The fault campaign: stepping the clock 8 h forward while typing turned ~166 s of typing
// into a stored spell of 25 366 s, closed a prompt as ignored at a 04:00 the jump skipped,
// and made the day "missed".
TEST_F(ClockStepTest, EightHoursForwardWhileTypingAreNotSitting) {
    write_config(kLongLimit);
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    step_clock(8 * 3600);
    const auto after = status();  // the call wakes the daemon: it sees the step
    EXPECT_LT(after["sitting_seconds"].get<int>(), 60) << after.dump();
    EXPECT_GT(after["next_prompt_seconds"].get<int>(), 3500) << "the hour clock did not jump";
    stop_typing();
    ASSERT_TRUE(wait_for_state("away"));
    const std::string stored = sql("SELECT end_at - start_at FROM spells;");
    ASSERT_FALSE(stored.empty());
    EXPECT_LT(std::stoi(stored), 60) << "seconds of sitting stored";
    EXPECT_EQ(sql("SELECT count(*) FROM prompts WHERE outcome = 'ignored';"), "0\n");
}

// Stepping back 1 h pushed the next prompt an hour away.
TEST_F(ClockStepTest, AnHourBackLeavesTheNextPromptWhereItWas) {
    write_config(kLongLimit);
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    const int before = status()["next_prompt_seconds"];
    step_clock(-3600);
    const int after = status()["next_prompt_seconds"];
    EXPECT_LE(after, before) << "was " << before;
    EXPECT_GT(after, before - 30) << "was " << before;
}

// The UTC date a day of sitbreak (from 04:00 local) has at UTC offset `offset`, now.
std::string sitbreak_today(std::chrono::seconds offset) {
    using namespace std::chrono;
    const auto local = floor<seconds>(system_clock::now()) + offset - hours{4};
    const year_month_day date{floor<days>(local)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

// A time zone change was ignored until a restart: today's date and the offsets stored
// stayed in the old zone.
TEST_F(DaemonTest, ATimeZoneChangeIsFollowedWhileTheDaemonRuns) {
    const fs::path zone = home_ / "localtime";
    fs::copy_file("/usr/share/zoneinfo/Etc/GMT+12", zone);  // UTC-12
    daemon_env_["TZ"] = ":" + zone.string();
    start_and_wait();
    EXPECT_EQ(status()["today"], sitbreak_today(-std::chrono::hours{12}));

    // As timedated does: the new zone is put in place by a rename.
    fs::copy_file("/usr/share/zoneinfo/Pacific/Kiritimati", home_ / "localtime.new");  // UTC+14
    fs::rename(home_ / "localtime.new", zone);
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) {
            return now["today"] == sitbreak_today(std::chrono::hours{14});
        },
        "today in the new zone"));
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    stop_typing();
    ASSERT_TRUE(wait_for_state("away"));
    const RunResult offsets =
        run({"sqlite3", database_path().string(), "SELECT start_offset, end_offset FROM spells;"});
    EXPECT_EQ(offsets.out, "50400|50400\n") << offsets.err;
}

}  // namespace
}  // namespace sitbreak::test
