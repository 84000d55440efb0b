#pragma once
// One guided set of any exercise, as the popup's guided page shows it: counted reps at the
// catalogue's tempo (reps, paces; see rep_guide.hpp) or a countdown (seconds: the squeeze),
// per side when the dose says so. Time comes in, no clock is read.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "common/exercise.hpp"
#include "tray/windows/countdown.hpp"
#include "tray/windows/rep_guide.hpp"
#include "tray/windows/rep_sound.hpp"

namespace sitbreak::tray {

struct GuideFrame {
    bool holds{false};         // a seconds dose: `countdown` applies; else `reps`
    RepState reps;             // the count, for reps and paces
    CountdownState countdown;  // the time left on this side, for seconds
    std::string_view cue;      // beside the countdown: what to squeeze or hold
    Side side{Side::both};
    double pose{0};         // 0 the start pose, 1 the end pose
    bool rep_began{false};  // the count moved since the last advance
    bool finished{false};
};

class GuidedSet {
public:
    // `hold_length` replaces the seconds of a seconds dose (the tray's short test squeeze).
    // `sound`, if not null, ticks as each rep begins; it must outlive the set.
    GuidedSet(const common::Exercise& exercise, std::optional<std::chrono::seconds> hold_length,
              RepSound* sound);

    [[nodiscard]] std::chrono::milliseconds length() const;
    // The state `elapsed` after the start. A rep that began since the last call ticks once,
    // also when a late timer skipped past the rep before it: one tick, never a burst.
    GuideFrame advance(std::chrono::milliseconds elapsed);

private:
    [[nodiscard]] GuideFrame counted(std::chrono::milliseconds elapsed) const;
    [[nodiscard]] GuideFrame held(std::chrono::milliseconds elapsed) const;

    std::optional<RepGuide> reps_;
    std::optional<SqueezeCountdown> hold_;  // one side's hold
    bool per_side_{false};
    bool squeeze_cues_{false};
    RepSound* sound_{nullptr};
    std::uint32_t reps_begun_{0};
};

}  // namespace sitbreak::tray
