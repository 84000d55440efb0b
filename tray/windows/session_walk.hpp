#pragma once
// An activation session as the tray's session window walks it (DESIGN §14.3): each item of
// the routine introduced, then its sets guided at the exercise's tempo (GuidedSet) with a
// rest between them, then the next item, and a summary at the end. Skip item, Set done and
// Pause at any moment. Time comes in (milliseconds on a steady clock), no clock is read;
// what each item ended with comes out, for the daemon.
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "common/exercise.hpp"
#include "common/routine.hpp"
#include "tray/windows/guided_set.hpp"

namespace sitbreak::tray {

using std::chrono::milliseconds;

// What one item ended with, as RecordSessionItem takes it.
struct ItemResult {
    std::uint32_t position{0};
    std::uint32_t sets_done{0};
    std::uint32_t amount_done{0};  // over all sets done
    bool skipped{false};
    friend bool operator==(const ItemResult&, const ItemResult&) = default;
};

class SessionWalk {
public:
    enum class Stage { intro, set, rest, summary };

    // `catalogue`: the exercises the routine's items name (others show by their id).
    SessionWalk(common::Routine routine, const std::vector<common::Exercise>& catalogue,
                std::optional<std::chrono::seconds> hold_length = std::nullopt);

    [[nodiscard]] Stage stage() const { return stage_; }
    [[nodiscard]] bool paused() const { return paused_at_.has_value(); }
    [[nodiscard]] const common::Routine& routine() const { return routine_; }
    [[nodiscard]] std::size_t position() const { return position_; }
    [[nodiscard]] std::uint32_t set() const { return set_; }  // from 1
    [[nodiscard]] const common::RoutineItem& item() const { return routine_.items[position_]; }
    // The item's exercise with the routine's dose per set.
    [[nodiscard]] const common::Exercise& exercise() const { return exercises_[position_]; }
    [[nodiscard]] const common::Exercise& exercise_at(std::size_t position) const {
        return exercises_[position];
    }
    [[nodiscard]] const std::vector<ItemResult>& results() const { return results_; }

    // Each returns the item that ended, if one did.
    std::optional<ItemResult> start_item(milliseconds now);
    std::optional<ItemResult> skip_item(milliseconds now);
    std::optional<ItemResult> set_done(milliseconds now);  // the set counts in full
    void pause(milliseconds now);
    void resume(milliseconds now);

    struct Tick {
        GuideFrame frame;                // the figure and the count, during a set
        milliseconds rest_left{0};       // during a rest
        std::optional<ItemResult> ended;
    };
    Tick advance(milliseconds now);

private:
    std::optional<ItemResult> end_set(std::uint32_t amount, milliseconds now);
    std::optional<ItemResult> end_item(bool skipped);
    void begin_set(milliseconds now);
    [[nodiscard]] std::uint32_t amount_so_far(const GuideFrame& frame) const;

    common::Routine routine_;
    std::vector<common::Exercise> exercises_;  // one per item
    std::optional<std::chrono::seconds> hold_length_;
    Stage stage_{Stage::intro};
    std::size_t position_{0};
    std::uint32_t set_{1};
    std::uint32_t sets_done_{0};
    std::uint32_t amount_done_{0};
    milliseconds started_{0};  // of the set or the rest, moved on by pauses
    std::optional<milliseconds> paused_at_;
    std::optional<GuidedSet> guided_;
    GuideFrame last_frame_;
    std::vector<ItemResult> results_;
};

}  // namespace sitbreak::tray
