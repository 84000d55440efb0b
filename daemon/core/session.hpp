#pragma once
// An activation session as it happens (DESIGN §14.3): started, its items done or skipped one
// by one, ended; and the daemon's daily suggestion of one. The store records these as they
// come, like the engine's events; nothing here reads a clock.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "rules.hpp"
#include "time.hpp"

namespace sitbreak::core {

using SessionId = std::uint64_t;

// done: walked to the end (items may have been skipped); stopped: left before the end.
enum class SessionOutcome { done, stopped };
// What became of a suggestion: still shown, started from it, or "Not today".
enum class SuggestionAnswer { open, started, declined };

[[nodiscard]] std::string_view to_string(SessionOutcome outcome);
[[nodiscard]] std::string_view to_string(SuggestionAnswer answer);
[[nodiscard]] std::optional<SessionOutcome> session_outcome_from_string(std::string_view text);

struct SessionStarted {
    SessionId id;
    TimePoint at;
    std::string routine;  // a catalogue routine id
    friend bool operator==(const SessionStarted&, const SessionStarted&) = default;
};

// One item of a session, as it ended. What it asked is kept with what was done, so that the
// record says whether the full dose was done even after the routine changes.
struct SessionItem {
    SessionId session;
    TimePoint at;               // when it ended
    std::uint32_t position{0};  // in the routine, from 0
    ExerciseId exercise;
    std::uint32_t sets_asked{0};
    std::uint32_t amount_asked{0};  // per set, in the exercise's unit
    std::uint32_t sets_done{0};
    std::uint32_t amount_done{0};  // over all sets done
    bool skipped{false};
    // The full dose: every set asked, each with its whole amount.
    [[nodiscard]] bool full_dose() const;
    friend bool operator==(const SessionItem&, const SessionItem&) = default;
};

struct SessionEnded {
    SessionId id;
    TimePoint at;
    SessionOutcome outcome;
    friend bool operator==(const SessionEnded&, const SessionEnded&) = default;
};

// The suggestion of `day` (the sitbreak day), made or answered at `at`.
struct SessionSuggested {
    Date day;
    TimePoint at;
    SuggestionAnswer answer{SuggestionAnswer::open};
    friend bool operator==(const SessionSuggested&, const SessionSuggested&) = default;
};

// An exercise of a routine moved to another step of its dose (coach.hpp: dose_at_step), or
// an offer of the next step was declined (the same step): either way its run of full doses
// counts again from the sessions after `since`.
struct StepChanged {
    std::string routine;
    ExerciseId exercise;
    int step{0};           // 0: the routine's own dose; 1 a step up, -1 a step back
    SessionId since{0};    // the run counts sessions with a greater id
    TimePoint at;
    friend bool operator==(const StepChanged&, const StepChanged&) = default;
};

using ProgrammeEvent =
    std::variant<SessionStarted, SessionItem, SessionEnded, SessionSuggested, StepChanged>;

// A session counts towards the week when it was walked to its end with at least one item
// done: a session stopped half-way, or one whose every item was skipped, is kept in the
// history but keeps no week.
[[nodiscard]] bool counts_for_week(SessionOutcome outcome, int items_done);

}  // namespace sitbreak::core
