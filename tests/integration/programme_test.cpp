// Issue 15: the programme on a real desktop. A session started and finished over the bus
// is in `sitbreak week --json` and the export; the day's suggestion reaches dunst when the
// user comes back from a break past programme.suggest_after and "Not today" ends it for the day; and
// `sitbreak session` walks a routine in a real pseudo-terminal, Ctrl-C included.
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

using nlohmann::json;

constexpr const char* kSuggestion = "Time for an activation session";

// The value of a one-value busctl reply: "t 7\n" -> "7".
std::string reply_value(const std::string& out) {
    return out.substr(2, out.find_last_not_of(" \n") - 1);
}

// Two short items: a squeeze of two sets of 2 s, then two clamshells each side.
constexpr const char* kTestRoutine = R"([routines.test_pair]
name = "Test pair"
items = [
  { exercise = "squeeze", sets = 2, seconds = 2, rest = 1 },
  { exercise = "clamshells", sets = 1, reps = 2, rest = 1 },
]
)";

// `sitbreak args...` on a pseudo-terminal, as a person runs it.
class Terminal {
public:
    Terminal(std::vector<std::string> args, const Env& env) {
        pid_ = ::forkpty(&fd_, nullptr, nullptr, nullptr);
        if (pid_ == 0) {
            for (const auto& [name, value] : env) {
                value ? ::setenv(name.c_str(), value->c_str(), 1) : ::unsetenv(name.c_str());
            }
            std::vector<char*> argv{const_cast<char*>(SITBREAK_PATH)};
            for (std::string& arg : args) argv.push_back(arg.data());
            argv.push_back(nullptr);
            ::execv(SITBREAK_PATH, argv.data());
            ::_exit(127);
        }
    }
    ~Terminal() {
        if (pid_ > 0 && exit_code_ < 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        if (fd_ >= 0) ::close(fd_);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    // Reads until `text` has appeared since the last wait.
    testing::AssertionResult wait_for(std::string_view text, milliseconds timeout = milliseconds{20000}) {
        const auto give_up = std::chrono::steady_clock::now() + timeout;
        while (seen_.find(text, from_) == std::string::npos) {
            const auto left = std::chrono::duration_cast<milliseconds>(give_up - std::chrono::steady_clock::now());
            pollfd in{fd_, POLLIN, 0};
            if (left.count() <= 0 || ::poll(&in, 1, static_cast<int>(left.count())) <= 0) {
                return testing::AssertionFailure() << "no \"" << text << "\" on the terminal; it shows:\n" << seen_;
            }
            char chunk[4096];
            const ssize_t got = ::read(fd_, chunk, sizeof chunk);
            if (got <= 0) return testing::AssertionFailure() << "the terminal closed; it showed:\n" << seen_;
            seen_.append(chunk, static_cast<std::size_t>(got));
        }
        from_ = seen_.find(text, from_) + text.size();
        return testing::AssertionSuccess();
    }
    void type(std::string_view keys) const { (void)!::write(fd_, keys.data(), keys.size()); }
    // What the terminal shows: each line as its last carriage return left it.
    [[nodiscard]] std::string screen() const {
        std::string shown;
        std::size_t start = 0;
        while (start < seen_.size()) {
            std::size_t end = seen_.find('\n', start);
            if (end == std::string::npos) end = seen_.size();
            std::string line = seen_.substr(start, end - start);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (const auto cr = line.rfind('\r'); cr != std::string::npos) line.erase(0, cr + 1);
            while (!line.empty() && line.back() == ' ') line.pop_back();
            shown += line + "\n";
            start = end + 1;
        }
        return shown;
    }
    int exit_code() {
        int status = 0;
        if (exit_code_ < 0 && ::waitpid(pid_, &status, 0) == pid_) {
            exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        return exit_code_;
    }

private:
    pid_t pid_{-1};
    int fd_{-1};
    int exit_code_{-1};
    std::string seen_;
    std::size_t from_{0};
};

class ProgrammeTest : public DaemonTest {
protected:
    void write_routine() const {
        std::filesystem::create_directories(config_path().parent_path());
        std::ofstream{config_path().parent_path() / "exercises.toml"} << kTestRoutine;
    }
    json week() const {
        const RunResult week = cli({"week", "--json"});
        EXPECT_EQ(week.exit_code, 0) << week.err;
        return json::parse(week.out);
    }
    int suggestions_received() const {
        int count = 0;
        for (const Notification& n : dunst_->received()) count += n.summary == kSuggestion ? 1 : 0;
        return count;
    }
};

TEST_F(ProgrammeTest, ASessionFinishedOverTheBusIsInTheWeekAndTheExport) {
    start_and_wait();
    const RunResult started = call_daemon({"StartSession", "s", ""});
    ASSERT_EQ(started.exit_code, 0) << started.err;
    const std::string id = reply_value(started.out);
    EXPECT_EQ(status()["session_id"], std::stoull(id));
    const RunResult finished = call_daemon(
        {"FinishSession", "tsa(uuub)", id, "done", "2", "0", "1", "12", "false", "1", "0", "0", "true"});
    ASSERT_EQ(finished.exit_code, 0) << finished.err;
    const json now = week();
    EXPECT_EQ(now["sessions"], 1);
    EXPECT_EQ(now["goal"], 3);
    ASSERT_EQ(now["session_list"].size(), 1u);
    EXPECT_EQ(now["session_list"][0]["routine"], "medius_wake_up");
    EXPECT_EQ(now["session_list"][0]["items_done"], 1);
    EXPECT_EQ(now["session_list"][0]["items_skipped"], 1);
    EXPECT_EQ(status()["week_sessions"], 1);
    const RunResult exported = cli({"export", "--json"});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    const json sessions = json::parse(exported.out)["sessions"];
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0]["outcome"], "done");
    ASSERT_EQ(sessions[0]["items"].size(), 2u);
    EXPECT_EQ(sessions[0]["items"][0]["exercise"], "clamshells");
    EXPECT_EQ(sessions[0]["items"][0]["amount_done"], 12);
    EXPECT_EQ(sessions[0]["items"][1]["skipped"], true);
    // A bad call names what is wrong and changes nothing.
    const RunResult again = call_daemon({"FinishSession", "tsa(uuub)", id, "done", "0"});
    EXPECT_NE(again.exit_code, 0);
    EXPECT_NE(again.err.find("No session " + id + " is running"), std::string::npos) << again.err;
}

TEST_F(ProgrammeTest, TheSuggestionComesBackFromABreakAndNotTodayEndsItForTheDay) {
    write_config(std::string{kTestConfig} + "\n[programme]\nsuggest_after = \"00:00\"\n");
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    stop_typing();
    ASSERT_TRUE(wait_for_state("away"));
    EXPECT_EQ(suggestions_received(), 0) << "the first spell ends no break the daemon saw";
    start_typing();  // back at the desk: the end of a break, past 00:00
    ASSERT_TRUE(wait_until([&] { return suggestions_received() == 1; }, milliseconds{20000},
                           "the suggestion in dunst"));
    const auto shown = dunst_->shown();
    ASSERT_FALSE(shown.empty());
    EXPECT_EQ(shown.back().actions, (std::map<std::string, std::string>{{"not_today", "Not today"}}));
    ASSERT_TRUE(dunst_->choose_action("Not today")) << dunst_->last_menu();
    ASSERT_TRUE(wait_until([&] { return dunst_->displayed_count() == 0; }, milliseconds{5000},
                           "the suggestion closes"));
    // Another break and back: no second suggestion that day. The prompt opened after it
    // is the barrier: the daemon sends its notifications in order.
    stop_typing();
    ASSERT_TRUE(wait_for_state("away"));
    start_typing();
    ASSERT_TRUE(wait_for_state("sitting"));
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    ASSERT_TRUE(wait_until(
        [&] {
            for (const Notification& n : dunst_->received()) {
                if (n.actions.contains("bridges")) return true;
            }
            return false;
        },
        milliseconds{10000}, "the prompt's notification"));
    EXPECT_EQ(suggestions_received(), 1);
}

TEST_F(ProgrammeTest, TheTerminalSessionWalksARoutineAndRecordsIt) {
    write_routine();
    start_and_wait();
    Terminal session{{"session", "test_pair"}, env()};
    ASSERT_TRUE(session.wait_for("1 of 2: Glute squeeze"));
    ASSERT_TRUE(session.wait_for("Enter to start"));
    session.type("\r");
    ASSERT_TRUE(session.wait_for("Set 1/2"));
    ASSERT_TRUE(session.wait_for("Rest 1 s"));
    ASSERT_TRUE(session.wait_for("Set 2/2"));
    ASSERT_TRUE(session.wait_for("0 s left"));
    ASSERT_TRUE(session.wait_for("2 of 2: Clamshell"));
    ASSERT_TRUE(session.wait_for("Enter to start"));
    session.type("s");
    ASSERT_TRUE(session.wait_for("Session done: 1 of 2 exercises done, 1 skipped."));
    ASSERT_TRUE(session.wait_for("1 of 3 activation sessions"));
    EXPECT_EQ(session.exit_code(), 0);
    // The README shows this terminal as the suite saw it.
    if (const char* update = std::getenv("SITBREAK_UPDATE_SCREENSHOTS"); update && update == std::string{"1"}) {
        std::ofstream{std::filesystem::path{SITBREAK_SOURCE_DIR} / "assets" / "screenshots" /
                      "terminal-session.txt"}
            << session.screen();
    }
    const json now = week();
    ASSERT_EQ(now["session_list"].size(), 1u);
    EXPECT_EQ(now["session_list"][0]["routine"], "test_pair");
    EXPECT_EQ(now["session_list"][0]["outcome"], "done");
    EXPECT_EQ(now["session_list"][0]["counts"], true);
    EXPECT_EQ(now["session_list"][0]["items_skipped"], 1);
    const json items = json::parse(cli({"export", "--json"}).out)["sessions"][0]["items"];
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0]["sets_done"], 2);
    EXPECT_EQ(items[0]["amount_done"], 4);
}

TEST_F(ProgrammeTest, CtrlCStopsTheTerminalSessionAndKeepsWhatWasDone) {
    write_routine();
    start_and_wait();
    Terminal session{{"session", "test_pair"}, env()};
    ASSERT_TRUE(session.wait_for("Enter to start"));
    session.type("\r");
    ASSERT_TRUE(session.wait_for("1 s left"));  // one second of the first set done
    session.type("\x03");
    ASSERT_TRUE(session.wait_for("Session stopped: 1 of 2 exercises done."));
    EXPECT_EQ(session.exit_code(), 1);
    const json now = week();
    EXPECT_EQ(now["sessions"], 0);  // stopped: kept, but it keeps no week
    ASSERT_EQ(now["session_list"].size(), 1u);
    EXPECT_EQ(now["session_list"][0]["outcome"], "stopped");
    const json items = json::parse(cli({"export", "--json"}).out)["sessions"][0]["items"];
    ASSERT_EQ(items.size(), 1u);
    EXPECT_GE(items[0]["amount_done"], 1);
    EXPECT_EQ(items[0]["skipped"], false);
}

// Progression: the full dose in programme.progress_after sessions in a row brings an offer;
// only "up" raises the dose, and a step back is there any time.
TEST_F(ProgrammeTest, TheFullDoseSessionAfterSessionOffersTheNextStepAndOnlyYesTakesIt) {
    write_routine();
    write_config(std::string{kTestConfig} + "\n[programme]\nprogress_after = 2\n");
    start_and_wait();
    const auto walk = [&](const std::string& squeeze_amount) {
        const RunResult started = call_daemon({"StartSession", "s", "test_pair"});
        ASSERT_EQ(started.exit_code, 0) << started.err;
        const std::string id = reply_value(started.out);
        ASSERT_EQ(call_daemon({"FinishSession", "tsa(uuub)", id, "done", "1", "0", "2",
                               squeeze_amount, "false"})
                      .exit_code,
                  0);
    };
    walk("4");  // two sets of 2 s: the whole dose
    EXPECT_EQ(call_daemon({"GetStepOffers", "s", "test_pair"}).out, "aa{sv} 0\n");
    walk("4");
    const RunResult offers = call_daemon({"GetStepOffers", "s", "test_pair"});
    EXPECT_NE(offers.out.find("\"exercise\" s \"squeeze\""), std::string::npos) << offers.out;
    EXPECT_NE(offers.out.find("\"next_amount\" u 3"), std::string::npos) << offers.out;

    // In the terminal, after a session walked to its end: "y" takes the step.
    Terminal session{{"session", "test_pair"}, env()};
    ASSERT_TRUE(session.wait_for("Enter to start"));
    session.type("\r");
    ASSERT_TRUE(session.wait_for("Set 1/2"));
    session.type("\r");  // the set is done
    ASSERT_TRUE(session.wait_for("Set 2/2"));
    session.type("\r");
    ASSERT_TRUE(session.wait_for("2 of 2: Clamshell"));
    ASSERT_TRUE(session.wait_for("Enter to start"));
    session.type("s");
    ASSERT_TRUE(session.wait_for("Glute squeeze: the whole dose, session after session. Next "
                                 "time 3 instead of 2? (y/n)"));
    session.type("y");
    ASSERT_TRUE(session.wait_for("Yes: 3 from the next session."));
    EXPECT_EQ(session.exit_code(), 0);
    EXPECT_NE(call_daemon({"GetRoutines"}).out.find("\"amount\" u 3 \"exercise\" s \"squeeze\""),
              std::string::npos);
    EXPECT_EQ(call_daemon({"GetStepOffers", "s", "test_pair"}).out, "aa{sv} 0\n")
        << "the run starts over at the new step";

    const RunResult back = cli({"session", "--step-back", "squeeze", "test_pair"});
    EXPECT_EQ(back.exit_code, 0) << back.err;
    EXPECT_EQ(back.out, "Glute squeeze in Test pair: 2 per set from the next session.\n");
    const RunResult again = cli({"session", "--step-back", "squeeze", "test_pair"});
    EXPECT_EQ(again.out, "Glute squeeze in Test pair: 1 per set from the next session.\n");
    const RunResult floor = cli({"session", "--step-back", "squeeze", "test_pair"});
    EXPECT_EQ(floor.exit_code, 1);
    EXPECT_EQ(floor.err, "sitbreak: \"squeeze\" is at its smallest dose already.\n");
}

}  // namespace
}  // namespace sitbreak::test
