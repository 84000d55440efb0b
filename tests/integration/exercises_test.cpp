// Issue 14: the exercise catalogue on a real desktop: the user's exercises.toml adds an
// exercise that the notification offers and the history counts under its id; a broken
// entry is named with its line while the rest loads; edits are picked up while running.
#include <algorithm>
#include <fstream>

#include "daemon_fixture.hpp"

namespace sitbreak::test {
namespace {

using nlohmann::json;

constexpr const char* kWallSit = R"(# my own
[wall_sit]
name = "Wall sit"
prompt = "a 20-second wall sit"
label = "Did wall sit"
start = "Start wall sit"
seconds = 20
steps = ["Back against a wall, slide down until your knees are bent."]
feel = "Thighs and glutes."
figures = ["wall_sit-1.svg"]
micro = true
)";

// The fixture's config (seconds, not minutes) with prompt.exercises set, on line 7.
std::string config_offering(std::string_view exercises) {
    return std::string{R"([sitting]
limit = "6s"
break_after = "3s"

[prompt]
snooze = "3s"
exercises = )"} + std::string{exercises} + R"(
wait_for_pause = "0s"

[idle]
min_activity = "1s"
)";
}

class ExercisesTest : public DaemonTest {
protected:
    std::filesystem::path exercises_path() const {
        return config_path().parent_path() / "exercises.toml";
    }
    void write_exercises(std::string_view text) const {
        std::filesystem::create_directories(config_path().parent_path());
        std::ofstream{exercises_path()} << text;
    }
    json cli_json(std::vector<std::string> args) const {
        const RunResult result = cli(std::move(args));
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }
};

TEST_F(ExercisesTest, AUserExerciseIsANotificationActionAndCountsUnderItsId) {
    write_exercises(kWallSit);
    write_config(config_offering(R"(["squeeze", "wall_sit"])"));
    start_and_wait();
    start_typing();
    ASSERT_TRUE(wait_for_state("prompting"));
    ASSERT_TRUE(
        wait_until([&] { return !dunst_->shown().empty(); }, milliseconds{5000}, "a notification"));
    const Notification shown = dunst_->shown().back();
    EXPECT_EQ(shown.actions, (std::map<std::string, std::string>{{"squeeze", "Did squeeze"},
                                                                 {"wall_sit", "Did wall sit"},
                                                                 {"snooze", "Snooze"},
                                                                 {"skip", "Skip"}}));
    EXPECT_NE(shown.body.find("a 30-second glute squeeze or a 20-second wall sit"),
              std::string::npos)
        << shown.body;
    // The first offered exercise's first pose, rendered at build time.
    EXPECT_EQ(std::filesystem::path{shown.icon}.filename(), "squeeze-1.png") << shown.icon;
    EXPECT_TRUE(std::filesystem::is_regular_file(shown.icon)) << shown.icon;

    ASSERT_TRUE(dunst_->choose_action("Did wall sit")) << dunst_->last_menu();
    ASSERT_TRUE(wait_for_state("sitting", milliseconds{5000}));
    const json days = cli_json({"stats", "--days", "1", "--json"});
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0]["done"], 1);
    EXPECT_EQ(days[0]["done_by_exercise"], (json{{"wall_sit", 1}}));
    const json history = cli_json({"export", "--json"});
    const auto prompts = history["prompts"];
    ASSERT_FALSE(prompts.empty()) << history.dump();
    EXPECT_EQ(prompts.back()["outcome"], "done");
    EXPECT_EQ(prompts.back()["exercise"], "wall_sit");
}

TEST_F(ExercisesTest, ABrokenEntryIsNamedWithItsLineAndTheRestLoads) {
    // An override of a shipped entry with a bad value: the shipped entry stays as it was.
    write_exercises(std::string{kWallSit} + "\n[bridges]\nreps = 0\n");
    write_config(config_offering(R"(["wal_sit"])"));
    start_and_wait();
    const json status = this->status();
    EXPECT_EQ(status["exercises_error"],
              exercises_path().string() + ":14: bridges.reps: expected a whole number from 1 "
                                          "to 1000, got 0");
    EXPECT_EQ(status["config_error"],
              config_path().string() + ":7: prompt.exercises: \"wal_sit\" is not an exercise "
                                       "a prompt can offer; did you mean \"wall_sit\"?");
    const json catalogue = cli_json({"exercises", "--json"});
    const auto ids = [&] {
        std::vector<std::string> out;
        for (const json& e : catalogue) out.push_back(e["id"]);
        return out;
    }();
    EXPECT_NE(std::find(ids.begin(), ids.end(), "wall_sit"), ids.end());
    EXPECT_EQ(ids.size(), 11u) << catalogue.dump();
    EXPECT_EQ(catalogue[0]["id"], "bridges");
    EXPECT_EQ(catalogue[0]["dose"]["amount"], 10);

    const RunResult check = run({SITBREAKD_PATH, "--check-config", config_path().string()}, env());
    EXPECT_EQ(check.exit_code, 2);
    EXPECT_NE(check.err.find("exercises.toml:14: bridges.reps"), std::string::npos) << check.err;
}

TEST_F(ExercisesTest, DoneTakesAnyMicroExerciseAndRefusesOthersInASentence) {
    write_exercises(kWallSit);
    start_and_wait();
    const RunResult done = cli({"done", "wall_sit"});
    EXPECT_EQ(done.exit_code, 0) << done.err;
    EXPECT_EQ(done.out, "Counted a 20-second wall sit. Well done.\n");
    const RunResult typo = cli({"done", "wallsit"});
    EXPECT_EQ(typo.exit_code, 1);
    EXPECT_EQ(typo.err, "sitbreak: Unknown exercise \"wallsit\"; did you mean \"wall_sit\"?\n");
    const RunResult session = cli({"done", "band_walk"});
    EXPECT_EQ(session.exit_code, 1);
    EXPECT_NE(session.err.find("for sessions"), std::string::npos) << session.err;
    EXPECT_EQ(status()["today_done"], 1);
}

TEST_F(ExercisesTest, EditingExercisesTomlIsPickedUpWhileRunning) {
    start_and_wait();
    EXPECT_EQ(cli_json({"exercises", "--json"}).size(), 10u);
    write_exercises(kWallSit);
    EXPECT_TRUE(wait_until([&] { return cli_json({"exercises", "--json"}).size() == 11u; },
                           milliseconds{10000}, "the new exercise"));
}

}  // namespace
}  // namespace sitbreak::test
