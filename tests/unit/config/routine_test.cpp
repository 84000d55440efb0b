// Routines of the catalogue (DESIGN §14.3, issue 15): the shipped "Medius wake-up", a user's
// own, and bad routines reported by file:line while the rest loads.
#include <gtest/gtest.h>

#include "catalogue_support.hpp"
#include "config/catalogue.hpp"

namespace sitbreak::config {
namespace {

using test::errors_of;
using test::with_user;

// Guided time: each rep at the exercise's tempo (a hold's seconds as they are), both sides
// where it has sides, and the rests between sets.
double guided_seconds(const common::Routine& routine, const Catalogue& catalogue) {
    double seconds = 0;
    for (std::size_t i = 0; i < routine.items.size(); ++i) {
        const common::RoutineItem& item = routine.items[i];
        const common::Exercise& exercise = *catalogue.find(item.exercise);
        const double set =
            item.amount * (exercise.dose.per_side ? 2 : 1) *
            (exercise.dose.unit == common::Dose::Unit::seconds ? 1.0
                                                               : exercise.tempo.rep_seconds());
        seconds +=
            set * item.sets + item.rest_seconds * (item.sets - (i + 1 == routine.items.size()));
    }
    return seconds;
}

TEST(Routines, TheShippedMediusWakeUpTakesAboutSevenMinutes) {
    const Catalogue catalogue = with_user("");
    ASSERT_TRUE(catalogue.errors.empty()) << ::testing::PrintToString(errors_of(catalogue));
    const common::Routine* routine = catalogue.find_routine("medius_wake_up");
    ASSERT_NE(routine, nullptr);
    EXPECT_EQ(routine->name, "Medius wake-up");
    std::vector<std::string> exercises;
    for (const auto& item : routine->items) exercises.push_back(item.exercise);
    EXPECT_EQ(exercises, (std::vector<std::string>{"clamshells", "band_walk", "fire_hydrants",
                                                   "hinge", "single_leg_bridge"}));
    const double minutes = guided_seconds(*routine, catalogue) / 60;
    EXPECT_GE(minutes, 5.0);
    EXPECT_LE(minutes, 10.0) << "the article's 5-10 minutes";
    EXPECT_FALSE(routine->items[1].without.empty())
        << "the band walk says what to do without a band";
}

TEST(Routines, AUsersRoutineMayUseTheUsersOwnExerciseAndGetsItsDose) {
    const Catalogue catalogue = with_user(R"([wall_sit]
name = "Wall sit"
prompt = "a wall sit"
label = "Did wall sit"
start = "Start wall sit"
seconds = 20
steps = ["Back against a wall.", "Slide down."]
feel = "Thighs and glutes."
figures = ["squeeze-1.svg"]
micro = false

[routines.short]
name = "Short"
items = [ { exercise = "wall_sit", sets = 2 }, { exercise = "bridges", reps = 15, rest = 0 } ]
)");
    ASSERT_TRUE(catalogue.errors.empty()) << ::testing::PrintToString(errors_of(catalogue));
    const common::Routine* routine = catalogue.find_routine("short");
    ASSERT_NE(routine, nullptr);
    EXPECT_EQ(routine->items[0].amount, 20U) << "the exercise's own dose";
    EXPECT_EQ(routine->items[0].sets, 2U);
    EXPECT_EQ(routine->items[0].rest_seconds, 15U);
    EXPECT_EQ(routine->items[1].amount, 15U);
    EXPECT_NE(catalogue.find_routine("medius_wake_up"), nullptr) << "the shipped one stays";
}

TEST(Routines, AUsersRoutineWithAShippedIdReplacesItWhole) {
    const Catalogue catalogue = with_user(R"([routines.medius_wake_up]
name = "My wake-up"
items = [ { exercise = "clamshells" } ]
)");
    ASSERT_TRUE(catalogue.errors.empty()) << ::testing::PrintToString(errors_of(catalogue));
    ASSERT_EQ(catalogue.routines.size(), 1U);
    EXPECT_EQ(catalogue.routines[0].name, "My wake-up");
    EXPECT_EQ(catalogue.routines[0].items.size(), 1U);
}

TEST(Routines, ABadRoutineIsOneSentenceWithItsLineAndTheRestLoads) {
    const Catalogue catalogue = with_user(R"([routines.typo]
name = "Typo"
items = [
  { exercise = "clamshels" },
]

[routines.wrong_unit]
name = "Wrong unit"
items = [ { exercise = "bridges", paces = 20 } ]

[routines.unknown_field]
name = "Unknown field"
items = [ { exercise = "bridges", setss = 2 } ]

[routines.fine]
name = "Fine"
items = [ { exercise = "hinge" } ]
)");
    EXPECT_EQ(errors_of(catalogue),
              (std::vector<std::string>{
                  "exercises.toml:13: routines.unknown_field.items[1].setss: unknown field; did "
                  "you mean sets?",
                  "exercises.toml:4: routines.typo.items[1].exercise: no exercise \"clamshels\" in "
                  "the catalogue; did you mean \"clamshells\"?",
                  "exercises.toml:9: routines.wrong_unit.items[1]: bridges is counted in reps, "
                  "not paces"}));
    EXPECT_NE(catalogue.find_routine("fine"), nullptr);
    EXPECT_NE(catalogue.find_routine("medius_wake_up"), nullptr);
    EXPECT_EQ(catalogue.find_routine("typo"), nullptr);
}

}  // namespace
}  // namespace sitbreak::config
