// Progression (DESIGN §14.3): when an exercise's full dose was done in
// programme.progress_after sessions of a routine in a row, its next step is offered; the
// dose rises only when the user says so, and the user may step back at any time.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <memory>

#include "common/printable.hpp"
#include "core/coach.hpp"
#include "service/service.hpp"

namespace sitbreak::service {

namespace {

// The routine's own amount of `exercise` (its first item that has it).
const common::RoutineItem* first_item(const common::Routine& routine, const std::string& exercise) {
    const auto found = std::find_if(routine.items.begin(), routine.items.end(),
                                    [&](const auto& item) { return item.exercise == exercise; });
    return found == routine.items.end() ? nullptr : &*found;
}

}  // namespace

common::Routine Service::stepped(const common::Routine& routine) const {
    common::Routine at_steps = routine;
    for (common::RoutineItem& item : at_steps.items) {
        item.step = store_.step(routine.id, item.exercise).step;
        item.amount = static_cast<std::uint32_t>(
            core::dose_at_step(static_cast<int>(item.amount), item.step));
    }
    return at_steps;
}

std::vector<common::Routine> Service::routines() const {
    std::vector<common::Routine> all;
    for (const common::Routine& routine : catalogue_.routines) all.push_back(stepped(routine));
    return all;
}

std::variant<std::vector<StepOffer>, std::string> Service::step_offers(
    const std::string& routine) const {
    const common::Routine* found = catalogue_.find_routine(routine);
    if (found == nullptr) return "Unknown routine " + common::quoted(routine) + ".";
    std::vector<StepOffer> offers;
    for (const common::RoutineItem& item : found->items) {
        if (first_item(*found, item.exercise) != &item) continue;  // one offer per exercise
        const store::ExerciseStep at = store_.step(found->id, item.exercise);
        const std::vector<bool> doses = store_.full_doses(found->id, item.exercise, at.since);
        // The rule reads a contiguous run, which std::vector<bool> is not.
        const auto run = std::make_unique<bool[]>(doses.size());
        std::copy(doses.begin(), doses.end(), run.get());
        if (!core::offers_next_step({run.get(), doses.size()}, settings_.programme)) continue;
        const int base = static_cast<int>(item.amount);
        offers.push_back({item.exercise, at.step,
                          static_cast<std::uint32_t>(core::dose_at_step(base, at.step)),
                          static_cast<std::uint32_t>(core::dose_at_step(base, at.step + 1))});
    }
    return offers;
}

std::optional<std::string> Service::answer_step(const std::string& routine,
                                                const std::string& exercise, StepAnswer answer) {
    catch_up();
    const common::Routine* found = catalogue_.find_routine(routine);
    if (found == nullptr) return "Unknown routine " + common::quoted(routine) + ".";
    const common::RoutineItem* item = first_item(*found, exercise);
    if (item == nullptr) {
        return common::quoted(exercise) + " is not an exercise of " + found->name + ".";
    }
    const store::ExerciseStep at = store_.step(found->id, exercise);
    const int base = static_cast<int>(item->amount);
    int step = at.step;
    if (answer == StepAnswer::up) ++step;
    if (answer == StepAnswer::back) {
        if (core::dose_at_step(base, step - 1) == core::dose_at_step(base, step)) {
            return common::quoted(exercise) + " is at its smallest dose already.";
        }
        --step;
    }
    // The run of full doses starts again after the sessions so far, whatever the answer.
    record(core::StepChanged{found->id, exercise, step, store_.next_session_id() - 1, now()});
    spdlog::info("{} in {}: step {} ({})", exercise, found->id, step, core::dose_at_step(base, step));
    return std::nullopt;
}

}  // namespace sitbreak::service
