#include "tray/windows/session_walk.hpp"

#include <algorithm>

namespace sitbreak::tray {

namespace {

common::Exercise exercise_for(const common::RoutineItem& item,
                              const std::vector<common::Exercise>& catalogue) {
    const auto found = std::find_if(catalogue.begin(), catalogue.end(),
                                    [&](const common::Exercise& e) { return e.id == item.exercise; });
    common::Exercise exercise;
    if (found != catalogue.end()) {
        exercise = *found;
    } else {
        exercise.id = item.exercise;
        exercise.name = item.exercise;
    }
    exercise.dose.amount = std::max<std::uint32_t>(item.amount, 1);
    return exercise;
}

}  // namespace

SessionWalk::SessionWalk(common::Routine routine, const std::vector<common::Exercise>& catalogue,
                         std::optional<std::chrono::seconds> hold_length)
    : routine_{std::move(routine)}, hold_length_{hold_length} {
    for (const common::RoutineItem& item : routine_.items) {
        exercises_.push_back(exercise_for(item, catalogue));
    }
    if (routine_.items.empty()) stage_ = Stage::summary;
}

std::optional<ItemResult> SessionWalk::start_item(milliseconds now) {
    if (stage_ != Stage::intro) return std::nullopt;
    set_ = 1;
    sets_done_ = 0;
    amount_done_ = 0;
    begin_set(now);
    return std::nullopt;
}

void SessionWalk::begin_set(milliseconds now) {
    stage_ = Stage::set;
    started_ = now;
    paused_at_.reset();
    guided_.emplace(exercise(), hold_length_, nullptr);
    last_frame_ = guided_->advance(milliseconds{0});
}

// What a set cut short has done: for a per-side dose, the first side once it is over
// (the amount is per side), else what the side under way has done.
std::uint32_t SessionWalk::amount_so_far(const GuideFrame& frame) const {
    const std::uint32_t amount = exercise().dose.amount;
    if (frame.side == Side::other) return amount;
    if (frame.holds) {
        const auto left = static_cast<std::uint32_t>(std::max<std::int64_t>(frame.countdown.remaining.count(), 0));
        return amount > left ? amount - left : 0;
    }
    return frame.reps.rep > 0 ? frame.reps.rep - 1 : 0;
}

std::optional<ItemResult> SessionWalk::skip_item(milliseconds) {
    if (stage_ == Stage::summary) return std::nullopt;
    if (stage_ == Stage::set) amount_done_ += amount_so_far(last_frame_);
    return end_item(true);
}

std::optional<ItemResult> SessionWalk::set_done(milliseconds now) {
    if (stage_ != Stage::set) return std::nullopt;
    return end_set(exercise().dose.amount, now);
}

void SessionWalk::pause(milliseconds now) {
    if (stage_ == Stage::set || stage_ == Stage::rest) paused_at_ = paused_at_.value_or(now);
}

void SessionWalk::resume(milliseconds now) {
    if (!paused_at_) return;
    started_ += now - *paused_at_;
    paused_at_.reset();
}

std::optional<ItemResult> SessionWalk::end_set(std::uint32_t amount, milliseconds now) {
    ++sets_done_;
    amount_done_ += amount;
    guided_.reset();
    if (set_ >= item().sets) return end_item(false);
    ++set_;
    stage_ = Stage::rest;
    started_ = now;
    paused_at_.reset();
    return std::nullopt;
}

std::optional<ItemResult> SessionWalk::end_item(bool skipped) {
    // An item skipped after some of it was done counts what was done.
    const bool nothing = sets_done_ == 0 && amount_done_ == 0;
    ItemResult result{static_cast<std::uint32_t>(position_), sets_done_, amount_done_,
                      skipped && nothing};
    results_.push_back(result);
    guided_.reset();
    paused_at_.reset();
    sets_done_ = 0;
    amount_done_ = 0;
    ++position_;
    stage_ = position_ < routine_.items.size() ? Stage::intro : Stage::summary;
    if (stage_ == Stage::summary) position_ = routine_.items.size() - 1;
    return result;
}

SessionWalk::Tick SessionWalk::advance(milliseconds now) {
    Tick tick;
    const milliseconds at = paused_at_.value_or(now);
    if (stage_ == Stage::set) {
        last_frame_ = guided_->advance(at - started_);
        tick.frame = last_frame_;
        if (last_frame_.finished) tick.ended = end_set(exercise().dose.amount, now);
    } else if (stage_ == Stage::rest) {
        const milliseconds rest{std::chrono::seconds{item().rest_seconds}};
        tick.rest_left = std::max(rest - (at - started_), milliseconds{0});
        if (tick.rest_left == milliseconds{0}) begin_set(now);
    }
    return tick;
}

}  // namespace sitbreak::tray
