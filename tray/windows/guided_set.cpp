#include "tray/windows/guided_set.hpp"

#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// Reps begun from the start up to and including `state`'s rep, both sides counted.
std::uint32_t reps_begun(const RepState& state) {
    if (state.finished) return state.reps * (state.side == Side::other ? 2 : 1);
    return state.rep + (state.side == Side::other ? state.reps : 0);
}

std::string_view hold_cue(Side side) {
    switch (side) {
    case Side::both: return common::tr("Hold");
    case Side::one: return common::tr("Hold on one side");
    case Side::other: return common::tr("Now the other side");
    }
    return "";
}

}  // namespace

GuidedSet::GuidedSet(const common::Exercise& exercise, std::optional<seconds> hold_length,
                     RepSound* sound)
    : per_side_{exercise.dose.per_side}, sound_{sound} {
    if (exercise.dose.unit == common::Dose::Unit::seconds) {
        hold_.emplace(hold_length.value_or(seconds{exercise.dose.amount}));
        // The article's self-test (both glutes, then right, then left) is the squeeze's own.
        squeeze_cues_ = exercise.id == "squeeze" && !per_side_;
    } else {
        reps_.emplace(exercise.dose, exercise.tempo);
    }
}

milliseconds GuidedSet::length() const {
    if (reps_) return reps_->length();
    return milliseconds{hold_->length()} * (per_side_ ? 2 : 1);
}

GuideFrame GuidedSet::advance(milliseconds elapsed) {
    GuideFrame frame = reps_ ? counted(elapsed) : held(elapsed);
    if (reps_) {
        const std::uint32_t begun = reps_begun(frame.reps);
        frame.rep_began = begun > reps_begun_ && !frame.finished;
        if (frame.rep_began && sound_ != nullptr) sound_->play();
        reps_begun_ = begun;
    }
    return frame;
}

GuideFrame GuidedSet::counted(milliseconds elapsed) const {
    GuideFrame frame;
    frame.reps = reps_->at(elapsed);
    frame.side = frame.reps.side;
    frame.pose = frame.reps.pose;
    frame.finished = frame.reps.finished;
    return frame;
}

GuideFrame GuidedSet::held(milliseconds elapsed) const {
    const milliseconds side_length = hold_->length();
    GuideFrame frame;
    frame.holds = true;
    frame.pose = 1;  // the end pose is the one held
    if (per_side_) {
        const bool other = elapsed >= side_length;
        frame.side = other ? Side::other : Side::one;
        if (other) elapsed -= side_length;
    }
    frame.countdown = hold_->at(elapsed);
    frame.cue = squeeze_cues_ ? cue_text(frame.countdown.cue) : hold_cue(frame.side);
    frame.finished = frame.countdown.finished;
    return frame;
}

}  // namespace sitbreak::tray
