#include "tray/windows/rep_guide.hpp"

#include <algorithm>
#include <cmath>

namespace sitbreak::tray {

namespace {

using std::chrono::milliseconds;

milliseconds to_milliseconds(double seconds) {
    if (!(seconds > 0)) return milliseconds{0};  // negative or NaN from a bad catalogue entry
    return milliseconds{std::llround(std::min(seconds, 3600.0) * 1000)};
}

double fraction(milliseconds part, milliseconds whole) {
    return static_cast<double>(part.count()) / static_cast<double>(whole.count());
}

}  // namespace

RepGuide::RepGuide(const common::Dose& dose, const common::Tempo& tempo)
    : up_{to_milliseconds(tempo.up)},
      hold_{to_milliseconds(tempo.hold)},
      down_{to_milliseconds(tempo.down)},
      reps_{std::max<std::uint32_t>(dose.amount, 1)},
      per_side_{dose.per_side} {
    // A tempo of nothing would count every rep in one tick; a rep takes time.
    if (rep_length() == milliseconds{0}) hold_ = milliseconds{1000};
}

milliseconds RepGuide::length() const { return rep_length() * reps_ * (per_side_ ? 2 : 1); }

RepState RepGuide::at(milliseconds elapsed) const {
    elapsed = std::max(elapsed, milliseconds{0});
    if (elapsed >= length()) {
        RepState end;
        end.rep = reps_;
        end.reps = reps_;
        end.side = per_side_ ? Side::other : Side::both;
        end.phase = RepPhase::down;
        end.finished = true;
        return end;
    }
    const auto index = static_cast<std::uint32_t>(elapsed / rep_length());
    RepState state = in_rep(elapsed % rep_length());
    state.rep = index % reps_ + 1;
    state.reps = reps_;
    if (per_side_) state.side = index < reps_ ? Side::one : Side::other;
    return state;
}

RepState RepGuide::in_rep(milliseconds into_rep) const {
    RepState state;
    if (into_rep < up_) {
        state.phase = RepPhase::up;
        state.pose = fraction(into_rep, up_);
    } else if (into_rep < up_ + hold_) {
        state.phase = RepPhase::hold;
        state.pose = 1;
    } else {
        state.phase = RepPhase::down;
        state.pose = 1 - fraction(into_rep - up_ - hold_, down_);
    }
    return state;
}

PoseMix pose_mix(double pose, std::size_t key_poses) {
    if (key_poses < 2) return {};
    const double last = static_cast<double>(key_poses - 1);
    const double position = std::clamp(pose, 0.0, 1.0) * last;
    const double whole = std::floor(position);
    const auto from = static_cast<std::size_t>(whole);
    const double weight = position - whole;
    if (weight <= 0) return {from, from, 0};
    return {from, from + 1, weight};
}

}  // namespace sitbreak::tray
