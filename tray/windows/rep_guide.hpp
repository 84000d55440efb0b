#pragma once
// The guided set of a reps or paces exercise: which rep is on at a moment, on which side, and
// where the figure is between its start and end pose. The popup asks it every 100 ms while a
// set is guided; time comes in, no clock is read (as SqueezeCountdown).
//
// A rep follows the catalogue's tempo: `up` seconds moving from the start pose into the end
// pose, `hold` seconds there, `down` seconds back. A per-side dose does all its reps on one
// side, then all of them again on the other; there is no pause between the sides, so the
// set lasts exactly reps x rep_seconds (x 2 per side).
#include <chrono>
#include <cstddef>
#include <cstdint>

#include "common/exercise.hpp"

namespace sitbreak::tray {

// `both` for doses that are not per side (both legs work at once, or it does not matter).
enum class Side { both, one, other };
enum class RepPhase { up, hold, down };

struct RepState {
    std::uint32_t rep{1};   // 1 to `reps`, counted again from 1 on the other side
    std::uint32_t reps{1};  // per side
    Side side{Side::both};
    RepPhase phase{RepPhase::up};
    double pose{0};  // 0 the start pose, 1 the end pose, in between while moving
    bool finished{false};
};

class RepGuide {
public:
    RepGuide(const common::Dose& dose, const common::Tempo& tempo);

    [[nodiscard]] std::chrono::milliseconds rep_length() const { return up_ + hold_ + down_; }
    [[nodiscard]] std::chrono::milliseconds length() const;
    [[nodiscard]] std::uint32_t reps() const { return reps_; }
    [[nodiscard]] bool per_side() const { return per_side_; }
    // The state `elapsed` after the start; negative counts as 0, past the end is finished.
    [[nodiscard]] RepState at(std::chrono::milliseconds elapsed) const;

private:
    [[nodiscard]] RepState in_rep(std::chrono::milliseconds into_rep) const;

    std::chrono::milliseconds up_;
    std::chrono::milliseconds hold_;
    std::chrono::milliseconds down_;
    std::uint32_t reps_;
    bool per_side_;
};

// A figure has two or three key poses (start, maybe a middle, end). Where `pose` (0..1) falls
// between them: show key pose `from`, blended `weight` of the way toward key pose `to`.
struct PoseMix {
    std::size_t from{0};
    std::size_t to{0};
    double weight{0};
    friend bool operator==(const PoseMix&, const PoseMix&) = default;
};

[[nodiscard]] PoseMix pose_mix(double pose, std::size_t key_poses);

}  // namespace sitbreak::tray
