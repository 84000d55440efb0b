#pragma once
// Domain events the engine emits. The daemon persists them (store) and publishes them
// (D-Bus, notifications); the core only describes what happened and when.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "rules.hpp"
#include "time.hpp"

namespace sitbreak::core {

using PromptId = std::uint64_t;

enum class State { away, sitting, prompting, paused };

// Why a sitting spell ended.
enum class EndReason { idle, lock, sleep, shutdown };

// How a prompt ended. `snoozed` only ever closes one showing of a prompt; the prompt
// itself ends with one of the other four.
enum class Outcome { done, snoozed, skipped, natural, ignored };

[[nodiscard]] std::string_view to_string(State state);
[[nodiscard]] std::string_view to_string(EndReason reason);
[[nodiscard]] std::string_view to_string(Outcome outcome);
[[nodiscard]] std::optional<EndReason> end_reason_from_string(std::string_view text);
[[nodiscard]] std::optional<Outcome> outcome_from_string(std::string_view text);

struct SpellStarted {
    TimePoint at;
    friend bool operator==(const SpellStarted&, const SpellStarted&) = default;
};

struct SpellEnded {
    TimePoint started;
    TimePoint ended;  // the last input, not the moment the break was noticed
    EndReason reason;
    friend bool operator==(const SpellEnded&, const SpellEnded&) = default;
};

// A prompt is shown: first time (snoozes == 0) or again after a snooze. A done the
// user reports with no prompt open is recorded as a prompt that opens and closes at
// once, marked `unprompted`.
struct PromptOpened {
    PromptId id;
    TimePoint at;
    int snoozes;
    bool unprompted;
    friend bool operator==(const PromptOpened&, const PromptOpened&) = default;
};

// Still open and unanswered after prompt.repeat_every: show it again.
struct PromptRenotified {
    PromptId id;
    TimePoint at;
    friend bool operator==(const PromptRenotified&, const PromptRenotified&) = default;
};

// The showing is closed; the prompt re-opens at `until` if the user is still sitting.
struct PromptSnoozed {
    PromptId id;
    TimePoint at;
    TimePoint until;
    int snoozes;  // snoozes used so far, this one included
    friend bool operator==(const PromptSnoozed&, const PromptSnoozed&) = default;
};

// The prompt has ended for good, exactly once per prompt.
struct PromptClosed {
    PromptId id;
    TimePoint at;
    Outcome outcome;
    std::optional<ExerciseId> exercise;  // set for done
    // For done: the token the client chose for this confirmation ("" = none), kept with
    // it so that a retry after a lost reply is recognised and not counted twice.
    std::string token{};
    friend bool operator==(const PromptClosed&, const PromptClosed&) = default;
};

// A prompt came due while something holds prompts back (Engine::status().waiting says
// what); it opens once that ends. Nothing is recorded: clients learn that it waits.
struct PromptHeld {
    TimePoint at;
    friend bool operator==(const PromptHeld&, const PromptHeld&) = default;
};

struct StateChanged {
    TimePoint at;
    State state;
    friend bool operator==(const StateChanged&, const StateChanged&) = default;
};

struct PauseChanged {
    TimePoint at;
    std::optional<TimePoint> until;  // nullopt: resumed
    friend bool operator==(const PauseChanged&, const PauseChanged&) = default;
};

struct RestDayMarked {
    Date date;
    friend bool operator==(const RestDayMarked&, const RestDayMarked&) = default;
};

struct RestDayCleared {
    Date date;
    friend bool operator==(const RestDayCleared&, const RestDayCleared&) = default;
};

// The wall clock was set `by` (forward or back) and everything still open (the spell, the
// prompt, a pause) was re-stamped by as much: its length is what was measured, and `at`
// is already on the new clock.
struct ClockStepped {
    TimePoint at;
    Duration by;
    friend bool operator==(const ClockStepped&, const ClockStepped&) = default;
};

using Event = std::variant<SpellStarted, SpellEnded, PromptOpened, PromptRenotified, PromptSnoozed,
                           PromptClosed, PromptHeld, StateChanged, PauseChanged, RestDayMarked,
                           RestDayCleared, ClockStepped>;

}  // namespace sitbreak::core
