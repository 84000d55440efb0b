#include "events.hpp"

namespace sitbreak::core {

std::string_view to_string(State state) {
    switch (state) {
    case State::away: return "away";
    case State::sitting: return "sitting";
    case State::prompting: return "prompting";
    case State::paused: return "paused";
    }
    return "away";
}

std::string_view to_string(EndReason reason) {
    switch (reason) {
    case EndReason::idle: return "idle";
    case EndReason::lock: return "lock";
    case EndReason::sleep: return "sleep";
    case EndReason::shutdown: return "shutdown";
    }
    return "idle";
}

std::string_view to_string(Outcome outcome) {
    switch (outcome) {
    case Outcome::done: return "done";
    case Outcome::snoozed: return "snoozed";
    case Outcome::skipped: return "skipped";
    case Outcome::natural: return "natural";
    case Outcome::ignored: return "ignored";
    }
    return "ignored";
}

std::optional<EndReason> end_reason_from_string(std::string_view text) {
    for (EndReason reason :
         {EndReason::idle, EndReason::lock, EndReason::sleep, EndReason::shutdown}) {
        if (to_string(reason) == text) return reason;
    }
    return std::nullopt;
}

std::optional<Outcome> outcome_from_string(std::string_view text) {
    for (Outcome outcome :
         {Outcome::done, Outcome::snoozed, Outcome::skipped, Outcome::natural, Outcome::ignored}) {
        if (to_string(outcome) == text) return outcome;
    }
    return std::nullopt;
}

}  // namespace sitbreak::core
