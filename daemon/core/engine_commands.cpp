// The user's commands and the prompt lifecycle they drive (DESIGN §3).
#include <algorithm>

#include "common/i18n.hpp"
#include "day.hpp"
#include "engine.hpp"

namespace sitbreak::core {

// English, marked for the catalogue: the daemon translates it where it answers (the core
// reads no catalogue), and logs it as it is.
std::string_view describe(Refusal refusal) {
    using common::N_;
    switch (refusal) {
    case Refusal::no_prompt_open: return N_("No prompt is open.");
    case Refusal::snooze_limit_reached:
        return N_("This prompt has been snoozed as often as prompt.max_snoozes allows.");
    case Refusal::not_paused: return N_("sitbreak is not paused.");
    case Refusal::paused: return N_("sitbreak is paused; resume it first.");
    case Refusal::not_sitting:
        return N_(
            "You are away (no keyboard or mouse input lately), so there is nothing to prompt for.");
    case Refusal::prompt_already_open: return N_("A prompt is already open.");
    }
    return N_("The command was refused.");
}

std::string_view to_string(Hold hold) {
    switch (hold) {
    case Hold::typing: return "typing";
    case Hold::dnd: return "dnd";
    case Hold::fullscreen: return "fullscreen";
    case Hold::call: return "call";
    case Hold::lock: return "lock";
    }
    return "";
}

std::optional<Refusal> Engine::confirm(ExerciseId exercise, TimePoint t, std::string token) {
    advance(t);
    // A done with no prompt open still counts: it is recorded as a prompt of its own.
    if (!prompt_) open_prompt(true);
    close_prompt(Outcome::done, exercise, std::move(token));
    count_outcome(Outcome::done);
    reset_hour_clock();
    settle();
    return std::nullopt;
}

std::optional<Refusal> Engine::snooze(std::optional<Duration> length, TimePoint t) {
    advance(t);
    if (!prompt_ || !prompt_->showing) return Refusal::no_prompt_open;
    if (prompt_->snoozes >= rules_.max_snoozes) return Refusal::snooze_limit_reached;
    const Duration wait = length && *length > Duration{0} ? *length : rules_.snooze;
    ++prompt_->snoozes;
    prompt_->showing = false;
    prompt_->reopen_at = now_ + wait;
    emit(PromptSnoozed{prompt_->id, now_, *prompt_->reopen_at, prompt_->snoozes});
    settle();
    return std::nullopt;
}

std::optional<Refusal> Engine::skip(TimePoint t) {
    advance(t);
    if (!prompt_) return Refusal::no_prompt_open;
    close_prompt(Outcome::skipped);
    count_outcome(Outcome::skipped);
    reset_hour_clock();
    settle();
    return std::nullopt;
}

std::optional<Refusal> Engine::pause(std::optional<Duration> length, TimePoint t) {
    advance(t);
    // Pausing over an open prompt declines it, as Skip would.
    if (prompt_) {
        close_prompt(Outcome::skipped);
        reset_hour_clock();
    }
    paused_until_ = length ? now_ + *length : next_day_start(now_, zone_, rules_.day_starts_at);
    emit(PauseChanged{now_, paused_until_});
    settle();
    return std::nullopt;
}

std::optional<Refusal> Engine::resume(TimePoint t) {
    advance(t);
    if (!paused_until_) return Refusal::not_paused;
    paused_until_.reset();
    emit(PauseChanged{now_, std::nullopt});
    settle();
    return std::nullopt;
}

std::optional<Refusal> Engine::prompt_now(TimePoint t) {
    advance(t);
    if (paused_until_) return Refusal::paused;
    if (prompt_ && prompt_->showing) return Refusal::prompt_already_open;
    if (!spell_) return Refusal::not_sitting;
    if (!spell_->confirmed) confirm_spell();  // asking for a prompt is input enough
    open_prompt(false);
    settle();
    return std::nullopt;
}

void Engine::mark_rest_day(Date date, TimePoint t) {
    advance(t);
    emit(RestDayMarked{date});
}

void Engine::clear_rest_day(Date date, TimePoint t) {
    advance(t);
    emit(RestDayCleared{date});
}

void Engine::shutdown(TimePoint t) {
    advance(t);
    if (prompt_) close_prompt(Outcome::ignored);
    if (spell_) end_spell(spell_->last_input, EndReason::shutdown);
    settle();
}

void Engine::open_prompt(bool unprompted) {
    if (prompt_) {
        prompt_->showing = true;
        prompt_->reopen_at.reset();
        prompt_->last_shown = now_;
        emit(PromptOpened{prompt_->id, now_, prompt_->snoozes, false});
        return;
    }
    prompt_ = OpenPrompt{next_prompt_id_++, 0, true, now_, std::nullopt};
    emit(PromptOpened{prompt_->id, now_, 0, unprompted});
}

// prompt.escalate: from escalate_after misses in a row on, each miss brings the next prompt
// a step earlier; each done or natural break eases back a step. A pause over a prompt is
// the user's choice and a shutdown nobody's: neither counts.
void Engine::count_outcome(Outcome outcome) {
    if (outcome == Outcome::skipped || outcome == Outcome::ignored) {
        ++misses_;
        if (rules_.escalate && misses_ >= rules_.escalate_after &&
            current_limit() > rules_.limit / 2) {
            ++escalation_;
        }
    } else if (outcome == Outcome::done || outcome == Outcome::natural) {
        misses_ = 0;
        escalation_ = std::max(0, escalation_ - 1);
    }
}

Duration Engine::current_limit() const {
    if (!rules_.escalate) return rules_.limit;
    return std::max(rules_.limit - escalation_ * rules_.escalate_step, rules_.limit / 2);
}

void Engine::close_prompt(Outcome outcome, std::optional<ExerciseId> exercise, std::string token) {
    emit(PromptClosed{prompt_->id, now_, outcome, exercise, std::move(token)});
    prompt_.reset();
}

}  // namespace sitbreak::core
