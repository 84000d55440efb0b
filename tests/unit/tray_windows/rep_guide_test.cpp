#include "tray/windows/rep_guide.hpp"

#include <gtest/gtest.h>

namespace sitbreak::tray {
namespace {

using namespace std::chrono_literals;
using common::Dose;
using common::Tempo;

// The catalogue's bridge: 10 reps of 1 s up, 1 s held at the top, 2 s down.
const Dose ten_reps{Dose::Unit::reps, 10, false};
const Tempo bridge_tempo{1.0, 1.0, 2.0};

TEST(RepGuide, CountsOneToTenOncePerRepAtTheTempo) {
    const RepGuide guide{ten_reps, bridge_tempo};
    EXPECT_EQ(guide.rep_length(), 4s);
    EXPECT_EQ(guide.at(0ms).rep, 1u);
    EXPECT_EQ(guide.at(3'999ms).rep, 1u);
    EXPECT_EQ(guide.at(4s).rep, 2u);
    EXPECT_EQ(guide.at(36s).rep, 10u);
    EXPECT_EQ(guide.at(39'999ms).rep, 10u);
    EXPECT_EQ(guide.at(20s).reps, 10u);
    EXPECT_EQ(guide.at(20s).side, Side::both);
    EXPECT_EQ(guide.at(-3s).rep, 1u);  // a clock read just before the start
}

TEST(RepGuide, FinishesAtRepsTimesTheTempoAndNotBefore) {
    const RepGuide guide{ten_reps, bridge_tempo};
    EXPECT_EQ(guide.length(), 40s);
    EXPECT_FALSE(guide.at(39'999ms).finished);
    const RepState end = guide.at(40s);
    EXPECT_TRUE(end.finished);
    EXPECT_EQ(end.rep, 10u);
    EXPECT_DOUBLE_EQ(end.pose, 0.0);
    EXPECT_TRUE(guide.at(95s).finished);  // a late tick still ends it
}

TEST(RepGuide, PerSideDosesDoEveryRepOnOneSideThenOnTheOther) {
    const RepGuide guide{Dose{Dose::Unit::reps, 3, true}, Tempo{0.5, 0.0, 0.5}};
    EXPECT_EQ(guide.length(), 6s);  // 3 reps x 1 s x 2 sides
    EXPECT_EQ(guide.at(0ms).side, Side::one);
    EXPECT_EQ(guide.at(2'999ms).side, Side::one);
    EXPECT_EQ(guide.at(2'999ms).rep, 3u);
    EXPECT_EQ(guide.at(3s).side, Side::other);
    EXPECT_EQ(guide.at(3s).rep, 1u);
    EXPECT_EQ(guide.at(5'999ms).rep, 3u);
    EXPECT_FALSE(guide.at(5'999ms).finished);
    EXPECT_TRUE(guide.at(6s).finished);
}

TEST(RepGuide, MovesUpHoldsThenComesBackWithinEachRep) {
    const RepGuide guide{ten_reps, bridge_tempo};
    // Into rep 2: up from 4 s, held from 5 s, down from 6 s to 8 s.
    EXPECT_EQ(guide.at(4s).phase, RepPhase::up);
    EXPECT_DOUBLE_EQ(guide.at(4s).pose, 0.0);
    EXPECT_DOUBLE_EQ(guide.at(4'500ms).pose, 0.5);
    EXPECT_EQ(guide.at(4'999ms).phase, RepPhase::up);
    EXPECT_EQ(guide.at(5s).phase, RepPhase::hold);
    EXPECT_DOUBLE_EQ(guide.at(5s).pose, 1.0);
    EXPECT_DOUBLE_EQ(guide.at(5'999ms).pose, 1.0);
    EXPECT_EQ(guide.at(6s).phase, RepPhase::down);
    EXPECT_DOUBLE_EQ(guide.at(6s).pose, 1.0);
    EXPECT_DOUBLE_EQ(guide.at(7s).pose, 0.5);
    EXPECT_EQ(guide.at(8s).phase, RepPhase::up);  // rep 3 starts from the start pose
    EXPECT_DOUBLE_EQ(guide.at(8s).pose, 0.0);
}

TEST(RepGuide, ATempoOfNothingStillTakesTime) {
    const RepGuide guide{Dose{Dose::Unit::paces, 0, false}, Tempo{0.0, -1.0, 0.0}};
    EXPECT_EQ(guide.reps(), 1u);  // never a set of nothing
    EXPECT_EQ(guide.rep_length(), 1s);
    EXPECT_FALSE(guide.at(999ms).finished);
}

TEST(PoseMix, BlendsBetweenTheNearestKeyPoses) {
    EXPECT_EQ(pose_mix(0.0, 2), (PoseMix{0, 0, 0}));
    EXPECT_EQ(pose_mix(0.25, 2), (PoseMix{0, 1, 0.25}));
    EXPECT_EQ(pose_mix(1.0, 2), (PoseMix{1, 1, 0}));
    EXPECT_EQ(pose_mix(0.5, 3), (PoseMix{1, 1, 0}));  // the middle pose of three
    EXPECT_EQ(pose_mix(0.75, 3), (PoseMix{1, 2, 0.5}));
    EXPECT_EQ(pose_mix(0.6, 1), (PoseMix{0, 0, 0}));  // one pose: nothing moves
    EXPECT_EQ(pose_mix(7.0, 2), (PoseMix{1, 1, 0}));
}

}  // namespace
}  // namespace sitbreak::tray
