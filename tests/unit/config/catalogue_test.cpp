// The exercise catalogue (DESIGN §14.1): the shipped entries, the user's additions and
// overrides, and bad entries reported by file:line while the rest loads.
#include "config/catalogue.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalogue_support.hpp"

namespace sitbreak::config {
namespace {

namespace fs = std::filesystem;

using test::errors_of;
using test::shipped;
using test::with_user;

const fs::path& figures = test::shipped_figures();

TEST(Catalogue, EveryShippedEntryLoadsWithAllItsParts) {
    const Catalogue catalogue = load_catalogue(shipped(), fs::path{"/nonexistent/exercises.toml"});
    EXPECT_TRUE(catalogue.errors.empty()) << ::testing::PrintToString(errors_of(catalogue));
    std::vector<std::string> ids;
    for (const common::Exercise& e : catalogue.exercises) {
        ids.push_back(e.id);
        EXPECT_FALSE(e.name.empty() || e.prompt.empty() || e.label.empty() || e.start.empty()) << e.id;
        EXPECT_GE(e.steps.size(), 2u) << e.id;
        EXPECT_LE(e.steps.size(), 4u) << e.id;
        EXPECT_FALSE(e.feel.empty() || e.article.empty()) << e.id;
        EXPECT_GE(e.figures.size(), 2u) << e.id << ": two or three key poses";
        // Four actions share a 400-px bubble (notification-daemon): labels stay short.
        EXPECT_LE(e.label.size(), 22u) << e.id;
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"bridges", "squeeze", "pelvic_tilt", "hinge",
                                             "clamshells", "band_walk", "fire_hydrants",
                                             "single_leg_bridge", "split_squat", "step_up"}));
    EXPECT_EQ(catalogue.offerable(), (OfferableExercises{"bridges", "squeeze", "pelvic_tilt",
                                                         "hinge", "clamshells"}));
}

TEST(Catalogue, EveryFigureFileExistsAndIsAnSvgOfTheSharedCanvas) {
    const Catalogue catalogue = load_catalogue(shipped(), fs::path{"/nonexistent/exercises.toml"});
    for (const common::Exercise& e : catalogue.exercises) {
        for (const std::string& figure : e.figures) {
            ASSERT_TRUE(fs::is_regular_file(figure)) << figure;
            std::stringstream text;
            text << std::ifstream{figure}.rdbuf();
            EXPECT_NE(text.str().find("<svg"), std::string::npos) << figure;
            EXPECT_NE(text.str().find(R"(viewBox="0 0 240 160")"), std::string::npos) << figure;
            EXPECT_NE(text.str().find("</svg>"), std::string::npos) << figure;
        }
    }
}

TEST(Catalogue, TheUserAddsOneExerciseAndOverridesAnotherFieldByField) {
    const Catalogue catalogue = with_user(R"([wall_sit]
name = "Wall sit"
prompt = "a 20-second wall sit"
label = "Did wall sit"
start = "Start wall sit"
seconds = 20
steps = ["Slide down a wall."]
feel = "Thighs."
figures = ["wall_sit.svg", "/abs/wall_sit-2.svg"]
micro = true

[bridges]
reps = 15
tempo = { up = 0.5, hold = 0, down = 0.5 }
)");
    EXPECT_TRUE(catalogue.errors.empty()) << ::testing::PrintToString(errors_of(catalogue));
    ASSERT_EQ(catalogue.exercises.size(), 11u);
    const common::Exercise& added = catalogue.exercises.back();
    EXPECT_EQ(added.id, "wall_sit");
    EXPECT_EQ(added.dose, (common::Dose{common::Dose::Unit::seconds, 20, false}));
    EXPECT_EQ(added.figures, (std::vector<std::string>{"/home/u/wall_sit.svg", "/abs/wall_sit-2.svg"}));
    EXPECT_EQ(added.tempo, common::Tempo{});
    const common::Exercise& bridges = *catalogue.find("bridges");
    EXPECT_EQ(bridges.dose.amount, 15u);
    EXPECT_EQ(bridges.tempo, (common::Tempo{0.5, 0, 0.5}));
    EXPECT_EQ(bridges.name, "Glute bridge");  // not given: kept
    EXPECT_EQ(bridges.figures.front(), (figures / "bridges-1.svg").string());
    EXPECT_EQ(catalogue.offerable().back(), "wall_sit");
}

TEST(Catalogue, ABrokenEntryIsOneSentenceWithFileAndLineAndTheRestLoads) {
    const Catalogue catalogue = with_user(R"([bridges]
reps = 0

[squeeze]
sconds = 20

[Wall-Sit]
name = "x"

[plank]
name = "Plank"

[hinge]
reps = 5
seconds = 5

[step_up]
tempo = { up = 1, hold = -1, down = 1 }

[clamshells]
steps = []

[skip]
name = "Skipping rope"
)");
    EXPECT_EQ(errors_of(catalogue),
              (std::vector<std::string>{
                  "exercises.toml:2: bridges.reps: expected a whole number from 1 to 1000, got 0",
                  "exercises.toml:5: squeeze.sconds: unknown field; did you mean seconds?",
                  "exercises.toml:7: Wall-Sit: an exercise id is 1 to 32 of a-z, 0-9 and _, "
                  "starting with a letter",
                  "exercises.toml:10: plank: a new exercise needs prompt, label, start, steps, "
                  "figures, feel, micro, one of reps, seconds or paces",
                  "exercises.toml:13: hinge: give one of reps, seconds or paces, not 2",
                  "exercises.toml:18: step_up.tempo: expected up, hold and down of 0 to 60 "
                  "seconds, got hold = -1",
                  "exercises.toml:21: clamshells.steps: expected a list of 1 to 6 texts, got []",
                  "exercises.toml:23: skip: this id is taken by the prompt's own answers; "
                  "choose another"}));
    // Every shipped entry is there as shipped.
    EXPECT_EQ(catalogue.exercises.size(), 10u);
    EXPECT_EQ(catalogue.find("bridges")->dose.amount, 10u);
    EXPECT_EQ(catalogue.find("plank"), nullptr);
}

TEST(Catalogue, ASyntaxErrorOrAnOversizedFileKeepsTheShippedSet) {
    const Catalogue broken = with_user("[bridges\nreps = 3\n");
    ASSERT_EQ(broken.errors.size(), 1u);
    EXPECT_EQ(broken.errors[0].line, 1);
    EXPECT_EQ(broken.exercises.size(), 10u);
    const Catalogue huge = with_user(std::string(70 * 1024, '#'));
    ASSERT_EQ(huge.errors.size(), 1u);
    EXPECT_EQ(huge.exercises.size(), 10u);
}

TEST(Catalogue, PromptExercisesAreCheckedAgainstTheCatalogueWithADidYouMean) {
    const Catalogue catalogue = with_user("");
    const LoadResult result = load_string("[prompt]\nexercises = [\"squeeze\", \"hnige\"]\n",
                                          "config.toml", catalogue.offerable());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].to_string(),
              R"(config.toml:2: prompt.exercises: "hnige" is not an exercise a prompt can )"
              R"(offer; did you mean "hinge"?)");
    const LoadResult session = load_string("[prompt]\nexercises = [\"band_walk\"]\n",
                                           "config.toml", catalogue.offerable());
    ASSERT_EQ(session.errors.size(), 1u);
    EXPECT_NE(session.errors[0].message.find("not an exercise a prompt can offer"),
              std::string::npos);
}

}  // namespace
}  // namespace sitbreak::config
