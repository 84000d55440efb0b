#include "session.hpp"

namespace sitbreak::core {

std::string_view to_string(SessionOutcome outcome) {
    return outcome == SessionOutcome::done ? "done" : "stopped";
}

std::string_view to_string(SuggestionAnswer answer) {
    switch (answer) {
        case SuggestionAnswer::open: return "open";
        case SuggestionAnswer::started: return "started";
        case SuggestionAnswer::declined: return "declined";
    }
    return "open";
}

std::optional<SessionOutcome> session_outcome_from_string(std::string_view text) {
    if (text == "done") return SessionOutcome::done;
    if (text == "stopped") return SessionOutcome::stopped;
    return std::nullopt;
}

bool SessionItem::full_dose() const {
    return !skipped && sets_done >= sets_asked && amount_done >= sets_asked * amount_asked;
}

bool counts_for_week(SessionOutcome outcome, int items_done) {
    return outcome == SessionOutcome::done && items_done > 0;
}

}  // namespace sitbreak::core
