// The session window's walk through a routine (issue 15): items one by one, sets at the
// tempo with rests between, Skip item, Set done and Pause, and what each item ended with.
#include "tray/windows/session_walk.hpp"

#include <gtest/gtest.h>

namespace sitbreak::tray {
namespace {

using namespace std::chrono_literals;
using common::Dose;
using Stage = SessionWalk::Stage;

// Clamshells: 2 sets of 3 reps of 1 s with 2 s rest; then a 4-second hold.
common::Routine routine() {
    return {"test_pair", "Test pair",
            {{"clamshells", 2, 3, 2, ""}, {"squeeze", 1, 4, 0, ""}}};
}

std::vector<common::Exercise> catalogue() {
    common::Exercise clamshells;
    clamshells.id = "clamshells";
    clamshells.name = "Clamshell";
    clamshells.dose = {Dose::Unit::reps, 12, false};
    clamshells.tempo = {0.25, 0.25, 0.5};
    common::Exercise squeeze;
    squeeze.id = "squeeze";
    squeeze.name = "Glute squeeze";
    squeeze.dose = {Dose::Unit::seconds, 30, false};
    return {clamshells, squeeze};
}

TEST(SessionWalk, WalksSetsAndRestsAtTheTempoThenTheNextItem) {
    SessionWalk walk{routine(), catalogue()};
    EXPECT_EQ(walk.stage(), Stage::intro);
    EXPECT_EQ(walk.exercise().dose.amount, 3u) << "the routine's dose, not the catalogue's";
    walk.start_item(0ms);
    EXPECT_EQ(walk.stage(), Stage::set);
    EXPECT_EQ(walk.advance(1500ms).frame.reps.rep, 2u);
    EXPECT_FALSE(walk.advance(3000ms).ended);  // the first set ends: a rest
    EXPECT_EQ(walk.stage(), Stage::rest);
    EXPECT_EQ(walk.set(), 2u);
    EXPECT_EQ(walk.advance(4000ms).rest_left, 1000ms);
    walk.advance(5000ms);
    EXPECT_EQ(walk.stage(), Stage::set);
    const auto ended = walk.advance(8000ms).ended;
    ASSERT_TRUE(ended);
    EXPECT_EQ(*ended, (ItemResult{0, 2, 6, false}));
    EXPECT_EQ(walk.stage(), Stage::intro);
    EXPECT_EQ(walk.position(), 1u);
    EXPECT_EQ(walk.exercise().id, "squeeze");
}

TEST(SessionWalk, SkippingAnItemRecordsItSkippedAndTheLastEndsTheWalk) {
    SessionWalk walk{routine(), catalogue()};
    EXPECT_EQ(walk.skip_item(0ms), (ItemResult{0, 0, 0, true}));
    walk.start_item(0ms);
    EXPECT_EQ(walk.set_done(500ms), (ItemResult{1, 1, 4, false}));
    EXPECT_EQ(walk.stage(), Stage::summary);
    EXPECT_EQ(walk.results().size(), 2u);
}

TEST(SessionWalk, SkippingPartWayKeepsWhatWasDone) {
    SessionWalk walk{routine(), catalogue()};
    walk.start_item(0ms);
    walk.advance(2100ms);  // the third rep under way: two done
    EXPECT_EQ(walk.skip_item(2100ms), (ItemResult{0, 0, 2, false}));
}

TEST(SessionWalk, APauseStopsTheCountAndTheRest) {
    SessionWalk walk{routine(), catalogue()};
    walk.start_item(0ms);
    walk.advance(1500ms);
    walk.pause(1500ms);
    EXPECT_EQ(walk.advance(60000ms).frame.reps.rep, 2u);
    walk.resume(60000ms);
    EXPECT_EQ(walk.advance(60400ms).frame.reps.rep, 2u);
    EXPECT_EQ(walk.advance(61000ms).frame.reps.rep, 3u);
    walk.advance(61600ms);  // the set's end: a rest of 2 s
    ASSERT_EQ(walk.stage(), Stage::rest);
    walk.pause(61600ms);
    walk.advance(90000ms);
    EXPECT_EQ(walk.stage(), Stage::rest);
    walk.resume(90000ms);
    walk.advance(92000ms);
    EXPECT_EQ(walk.stage(), Stage::set);
}

}  // namespace
}  // namespace sitbreak::tray
