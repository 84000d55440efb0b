#include "tray/windows/guided_set.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tray/windows/canberra_rep_sound.hpp"

namespace sitbreak::tray {
namespace {

using namespace std::chrono_literals;
using common::Dose;
using common::Exercise;
using common::Tempo;

class CountingSound : public RepSound {
public:
    void play() override { ++ticks; }
    int ticks{0};
};

Exercise bridges(Dose dose = {Dose::Unit::reps, 10, false}) {
    Exercise exercise;
    exercise.id = "bridges";
    exercise.dose = dose;
    exercise.tempo = Tempo{0.2, 0.1, 0.2};
    return exercise;
}

Exercise squeeze(std::uint32_t seconds, bool per_side = false) {
    Exercise exercise;
    exercise.id = "squeeze";
    exercise.dose = Dose{Dose::Unit::seconds, seconds, per_side};
    return exercise;
}

// Advances as the popup's 100-ms timer does, to the end of the set; returns the count seen.
int run_to_end(GuidedSet& set) {
    int reps_shown = 0;
    for (auto elapsed = 0ms; elapsed <= set.length() + 100ms; elapsed += 100ms) {
        reps_shown += set.advance(elapsed).rep_began ? 1 : 0;
    }
    return reps_shown;
}

TEST(GuidedSet, TicksOncePerRepAndNotAtTheEnd) {
    CountingSound sound;
    GuidedSet set{bridges(), std::nullopt, &sound};
    EXPECT_EQ(set.length(), 5s);
    EXPECT_EQ(run_to_end(set), 10);
    EXPECT_EQ(sound.ticks, 10);
}

TEST(GuidedSet, TicksForEveryRepOfBothSides) {
    CountingSound sound;
    GuidedSet set{bridges(Dose{Dose::Unit::reps, 4, true}), std::nullopt, &sound};
    EXPECT_EQ(set.length(), 4s);
    EXPECT_EQ(run_to_end(set), 8);
    EXPECT_EQ(sound.ticks, 8);
}

TEST(GuidedSet, ALateTimerTicksOnceNotInABurst) {
    CountingSound sound;
    GuidedSet set{bridges(), std::nullopt, &sound};
    EXPECT_TRUE(set.advance(0ms).rep_began);
    EXPECT_FALSE(set.advance(100ms).rep_began);
    const GuideFrame late = set.advance(1'600ms);  // rep 4, past reps 2 and 3
    EXPECT_EQ(late.reps.rep, 4u);
    EXPECT_TRUE(late.rep_began);
    EXPECT_EQ(sound.ticks, 2);
    EXPECT_TRUE(set.advance(9s).finished);
    EXPECT_EQ(sound.ticks, 2);
}

TEST(GuidedSet, NoSoundIsSilentAndStillCounts) {
    GuidedSet set{bridges(), std::nullopt, nullptr};
    EXPECT_EQ(run_to_end(set), 10);
}

TEST(GuidedSet, TheSqueezeCountsDownWithItsSideCues) {
    CountingSound sound;
    GuidedSet set{squeeze(30), std::nullopt, &sound};
    EXPECT_EQ(set.length(), 30s);
    const GuideFrame start = set.advance(0ms);
    EXPECT_TRUE(start.holds);
    EXPECT_EQ(start.countdown.remaining, 30s);
    EXPECT_EQ(start.cue, "Squeeze both glutes");
    EXPECT_DOUBLE_EQ(start.pose, 1.0);  // the squeezed pose, held
    EXPECT_EQ(set.advance(16s).cue, "Now only the right side");
    EXPECT_FALSE(set.advance(29'999ms).finished);
    EXPECT_TRUE(set.advance(30s).finished);
    EXPECT_EQ(sound.ticks, 0);  // a hold has no reps to tick
}

TEST(GuidedSet, AShortTestSqueezeReplacesTheDose) {
    GuidedSet set{squeeze(30), 2s, nullptr};
    EXPECT_EQ(set.length(), 2s);
    EXPECT_TRUE(set.advance(2s).finished);
}

TEST(GuidedSet, PerSideHoldsCountDownOnEachSide) {
    Exercise plank = squeeze(20, true);
    plank.id = "side_plank";
    GuidedSet set{plank, std::nullopt, nullptr};
    EXPECT_EQ(set.length(), 40s);
    const GuideFrame one = set.advance(5s);
    EXPECT_EQ(one.side, Side::one);
    EXPECT_EQ(one.countdown.remaining, 15s);
    EXPECT_EQ(one.cue, "Hold on one side");  // not the squeeze's glute cues
    const GuideFrame other = set.advance(20s);
    EXPECT_EQ(other.side, Side::other);
    EXPECT_EQ(other.countdown.remaining, 20s);
    EXPECT_FALSE(other.finished);
    EXPECT_TRUE(set.advance(40s).finished);
}

TEST(CanberraRepSound, ASoundThatCannotPlayIsLoggedOnceAndSkipped) {
    std::vector<std::string> logged;
    CanberraRepSound sound{[&](const std::string& line) { logged.push_back(line); },
                           "no-such-driver"};
    for (int rep = 0; rep < 3; ++rep) sound.play();
    ASSERT_EQ(logged.size(), 1u);
    EXPECT_NE(logged.front().find("guided sets stay silent"), std::string::npos) << logged.front();
}

}  // namespace
}  // namespace sitbreak::tray
