// The Store's part of the programme (DESIGN §14.3): sessions, the weekly streak and the
// daily suggestion. Held like every other write while the file refuses it.
#include <algorithm>

#include "store/store.hpp"

namespace sitbreak::store {

namespace {

// The newest held record of kind `Record` that `matches`, or null: held changes are newer
// than anything on disk.
template <typename Record, typename Matches>
const Record* newest_held(const std::deque<Store::Pending>& pending, Matches matches) {
    const Record* newest = nullptr;
    for (const Store::Pending& held : pending) {
        const auto* programme = std::get_if<core::ProgrammeEvent>(&held.write);
        const auto* record = programme ? std::get_if<Record>(programme) : nullptr;
        if (record && matches(*record)) newest = record;
    }
    return newest;
}

}  // namespace

void Store::record(const core::ProgrammeEvent& event, core::Duration utc_offset) {
    check_programme_event(event);
    if (const auto* started = std::get_if<core::SessionStarted>(&event)) {
        next_session_id_ = std::max(next_session_id_, started->id + 1);
    }
    pending_.push_back({event, utc_offset});
    flush(Effort::once);
}

core::Date Store::earliest_day_touched(const core::ProgrammeEvent& event) {
    const core::TimePoint at = std::visit([](const auto& e) { return e.at; }, event);
    // A session counts on the day it started: two days back covers one that began the day
    // before, whatever the offset.
    return std::chrono::floor<std::chrono::days>(at) - std::chrono::days{2};
}

std::vector<SessionRecord> Store::sessions(core::TimePoint from, core::TimePoint to) const {
    return reading(path_, [&] { return store::sessions_between(readable(), from, to); });
}

core::Streak Store::weekly_streak(core::Date today, const core::Rules& rules,
                                  const core::Programme& programme) const {
    const std::optional<core::Date> first = first_day();
    if (!first || *first > today) return {};
    std::vector<core::ProgrammeDay> days;
    for (const DayStats& day : this->days(*first, today, rules)) {
        if (day.tally.sessions == 0 && day.tally.spells == 0 && !day.tally.rest_day) continue;
        days.push_back({day.date, day.tally.sessions, core::is_desk_day(day.tally, rules),
                        day.tally.rest_day});
    }
    return core::weekly_streak(days, today, programme);
}

ExerciseStep Store::step(const std::string& routine, const std::string& exercise) const {
    const auto* held = newest_held<core::StepChanged>(pending_, [&](const auto& changed) {
        return changed.routine == routine && changed.exercise == exercise;
    });
    if (held != nullptr) return {held->step, held->since};
    if (db_ == nullptr) return {};
    try {
        return store::step_of(*db_, routine, exercise);
    } catch (const SQLite::Exception&) {
        return {};
    }
}

std::vector<bool> Store::full_doses(const std::string& routine, const std::string& exercise,
                                    core::SessionId since) const {
    return reading(path_, [&] { return store::full_doses(readable(), routine, exercise, since); });
}

std::optional<core::SuggestionAnswer> Store::suggestion_on(core::Date day) const {
    const auto* held = newest_held<core::SessionSuggested>(
        pending_, [&](const auto& suggested) { return suggested.day == day; });
    if (held != nullptr) return held->answer;
    if (db_ == nullptr) return std::nullopt;
    try {
        return store::suggestion_on(*db_, day);
    } catch (const SQLite::Exception&) {
        return std::nullopt;
    }
}

}  // namespace sitbreak::store
