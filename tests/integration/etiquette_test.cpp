// Issue 16: a prompt due while the user types waits for a pause in typing. Real keys
// (xdotool) on a real X server, the real daemon's XSync alarm, the history in SQLite.
#include <string>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

// Due after 6 s; a pause is 3 s of no input (the default), which is no break (20 s).
std::string waiting_config(std::string_view max_wait) {
    return R"([sitting]
limit = "6s"
break_after = "20s"

[prompt]
wait_for_pause = "3s"
max_wait = ")" + std::string{max_wait} +
           R"("
repeat_every = "1h"

[idle]
min_activity = "1s"
)";
}

class WaitForPauseTest : public DaemonTest {
protected:
    // A key every 300 ms, never a pause of 3 s.
    void start_keys() {
        ProcessOptions options;
        options.env = x_->env();
        typist_ = std::make_unique<Process>(
            std::vector<std::string>{"sh", "-c", "while :; do xdotool key shift; sleep 0.3; done"},
            std::move(options));
    }
    // The due prompt waiting for a pause, as status says it: when it was due.
    std::int64_t wait_for_the_wait() {
        std::int64_t due = 0;
        EXPECT_TRUE(SitbreakCli{env()}.wait_for_status(
            [&](const nlohmann::json& now) {
                if (now["waiting_for"] != "typing") return false;
                due = now["waiting_since"].get<std::int64_t>();
                return true;
            },
            "status: prompt waiting for a pause in typing"));
        return due;
    }
    // When the history says the first prompt opened (UNIX seconds).
    std::int64_t opened_at() {
        const RunResult row = run(
            {"sqlite3", database_path().string(), "SELECT opened_at FROM prompts WHERE id = 1;"});
        return row.out.empty() ? 0 : std::stoll(row.out);
    }
};

TEST_F(WaitForPauseTest, TypingOnWithoutAPauseOpensThePromptAtMaxWait) {
    write_config(waiting_config("12s"));
    start_and_wait();
    start_keys();
    const std::int64_t due = wait_for_the_wait();
    const RunResult text = cli({"status"});
    EXPECT_NE(text.out.find("prompt waiting for a pause in typing"), std::string::npos)
        << text.out;
    ASSERT_TRUE(wait_for_state("prompting", milliseconds{30000}));
    const std::int64_t opened = opened_at();
    EXPECT_GE(opened - due, 11) << "opened before max_wait while the keys went on";
    EXPECT_LE(opened - due, 14);
}

TEST_F(WaitForPauseTest, APauseInTypingOpensThePromptThen) {
    write_config(waiting_config("10m"));
    start_and_wait();
    start_keys();
    const std::int64_t due = wait_for_the_wait();
    // The barrier: still waiting while the keys go on, well past the pause length.
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [&](const nlohmann::json& now) { return now["sitting_seconds"] >= 6 + 6; },
        "six seconds of typing past the due time"));
    EXPECT_EQ(status()["state"], "sitting") << "opened while the user typed";
    stop_typing();
    ASSERT_TRUE(wait_for_state("prompting", milliseconds{20000}));
    EXPECT_EQ(status()["waiting_for"], nullptr);
    EXPECT_LT(opened_at() - due, 60) << "opened at the pause, far before max_wait";
}

}  // namespace
}  // namespace sitbreak::test
