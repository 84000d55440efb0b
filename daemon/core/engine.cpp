#include "engine.hpp"

#include <algorithm>
#include <utility>

#include "day.hpp"

namespace sitbreak::core {

Engine::Engine(Rules rules, const Zone& zone, TimePoint now, PromptId next_prompt_id)
    : rules_{std::move(rules)}, zone_{zone}, now_{now}, next_prompt_id_{next_prompt_id} {}

// ---- time -------------------------------------------------------------------------------

void Engine::advance(TimePoint now) {
    drop_stale_wait();
    while (const auto due = earliest_due()) {
        if (due->at > now) break;
        now_ = std::max(now_, due->at);
        fire(*due);
        drop_stale_wait();
        publish_state();
    }
    now_ = std::max(now_, now);
}

std::optional<TimePoint> Engine::next_deadline() const {
    const auto due = earliest_due();
    return due ? std::optional{due->at} : std::nullopt;
}

std::optional<TimePoint> Engine::spell_confirmable_at() const {
    if (!spell_ || spell_->confirmed) return std::nullopt;
    return spell_->start + rules_.min_activity;
}

std::optional<Engine::Due> Engine::earliest_due() const {
    std::optional<Due> best;
    // On a tie the first considered wins, which orders e.g. day end before a new prompt.
    const auto consider = [&](std::optional<TimePoint> at, Deadline what) {
        if (at && (!best || *at < best->at)) best = Due{*at, what};
    };
    if (spell_ && !spell_->confirmed) {
        // Idle is reported break_after after the last input, so a bump shorter than
        // min_activity has been reported by then; no report means the input went on.
        consider(spell_->start + rules_.min_activity + rules_.break_after, Deadline::confirm_spell);
    }
    if (spell_ && locked_since_ && !rules_.lock_is_break && spell_->start <= *locked_since_) {
        consider(*locked_since_ + rules_.break_after, Deadline::lock_break);
    }
    consider(paused_until_, Deadline::pause_end);
    if (prompt_) consider(next_day_start(now_, zone_, rules_.day_starts_at), Deadline::day_end);
    // A showing that waits for a pause in typing comes at the pause, or at max_wait.
    const auto consider_showing = [&](std::optional<TimePoint> at, Deadline what) {
        if (waiting_ && waiting_->what == what) {
            at = waiting_->paused ? now_ : waiting_->since + rules_.max_wait;
        }
        consider(at, what);
    };
    consider_showing(prompt_opens_at(), Deadline::open_prompt);
    // Held back: woken once at the due time all the same, for status to say it waits.
    if (const auto due = prompt_due(); due && *due > now_ && held_back() && !paused_until_) {
        consider(due, Deadline::held_prompt);
    }
    consider_showing(renotify_at(), Deadline::renotify);
    return best;
}

std::optional<TimePoint> Engine::prompt_opens_at() const {
    if (held_back()) return std::nullopt;
    const auto due = prompt_due();
    return due ? rules_.hours.next_start(std::max(*due, now_), zone_) : std::nullopt;
}

// When the prompt is due, held back or not: the end of the hour, or of a snooze.
std::optional<TimePoint> Engine::prompt_due() const {
    if (!spell_ || !spell_->confirmed) return std::nullopt;
    if (prompt_ && prompt_->showing) return std::nullopt;
    const TimePoint hour_start = std::max(spell_->start, hour_reset_.value_or(spell_->start));
    return prompt_ ? prompt_->reopen_at.value_or(now_) : hour_start + current_limit();
}

std::optional<TimePoint> Engine::next_showing() const {
    if (paused_until_) return std::nullopt;
    if (const auto due = prompt_due()) return rules_.hours.next_start(std::max(*due, now_), zone_);
    return renotify_at();
}

std::optional<TimePoint> Engine::renotify_at() const {
    if (!prompt_ || !prompt_->showing || rules_.repeat_every <= Duration{0}) return std::nullopt;
    return prompt_->last_shown + rules_.repeat_every;
}

// The first time a showing is due while wait_for_pause is on, it starts to wait; the
// second time (the pause came, or max_wait passed) it shows.
bool Engine::waits_for_pause(Deadline what) {
    if (waiting_ && waiting_->what == what) {
        waiting_.reset();
        return false;
    }
    if (rules_.wait_for_pause <= Duration{0}) return false;
    waiting_ = Waiting{what, now_, false};
    return true;
}

// A wait ends with what it waited for: the user went away, a prompt was answered, DND
// came on. What comes due again later waits again.
void Engine::drop_stale_wait() {
    if (!waiting_) return;
    const auto at = waiting_->what == Deadline::open_prompt ? prompt_opens_at() : renotify_at();
    if (!at || *at > now_) waiting_.reset();
}

bool Engine::held_back() const {
    return paused_until_ || dnd_ || fullscreen_ || call_ || locked_since_;
}

void Engine::fire(const Due& due) {
    switch (due.what) {
    case Deadline::confirm_spell: confirm_spell(); break;
    case Deadline::lock_break: go_away(*locked_since_, EndReason::lock); break;
    case Deadline::pause_end:
        paused_until_.reset();
        emit(PauseChanged{now_, std::nullopt});
        break;
    case Deadline::day_end:
        close_prompt(Outcome::ignored);
        count_outcome(Outcome::ignored);
        break;
    case Deadline::open_prompt:
        if (!waits_for_pause(due.what)) open_prompt(false);
        break;
    case Deadline::held_prompt: emit(PromptHeld{now_}); break;
    case Deadline::renotify:
        if (waits_for_pause(due.what)) break;
        prompt_->last_shown = now_;
        emit(PromptRenotified{prompt_->id, now_});
        break;
    }
}

// ---- inputs -----------------------------------------------------------------------------

void Engine::on_active(TimePoint t) {
    advance(t);
    if (spell_) {
        spell_->last_input = std::max(spell_->last_input, t);
    } else {
        start_spell(t);
    }
    settle();
}

void Engine::on_input(TimePoint last_input, TimePoint now) {
    advance(now);
    if (!spell_) {
        // A report older than break_after describes a break, not a return.
        if (now_ - last_input < rules_.break_after) start_spell(last_input);
    } else {
        spell_->last_input = std::max(spell_->last_input, last_input);
        if (!spell_->confirmed && last_input - spell_->start >= rules_.min_activity) {
            confirm_spell();
        }
    }
    settle();
}

void Engine::on_idle(TimePoint since, TimePoint now) {
    advance(now);
    go_away(since, EndReason::idle);
    settle();
}

void Engine::on_locked(TimePoint t) {
    advance(t);
    locked_since_ = t;
    if (rules_.lock_is_break) go_away(t, EndReason::lock);
    settle();
}

void Engine::on_unlocked(TimePoint t) {
    advance(t);
    locked_since_.reset();
    settle();
}

void Engine::on_slept(TimePoint from, TimePoint to) {
    advance(from);
    if (to - from >= rules_.break_after) go_away(from, EndReason::sleep);
    publish_state();
    advance(to);
}

void Engine::on_sensor_lost(TimePoint now) {
    advance(now);
    if (spell_) go_away(spell_->last_input, EndReason::idle);
    settle();
}

void Engine::on_pause(TimePoint t) {
    advance(t);
    if (waiting_) waiting_->paused = true;
    settle();
}

void Engine::clock_stepped(Duration by) {
    const auto restamp = [by](std::optional<TimePoint>& t) {
        if (t) *t += by;
    };
    now_ += by;
    if (spell_) {
        spell_->start += by;
        spell_->last_input += by;
    }
    if (prompt_) {
        prompt_->last_shown += by;
        restamp(prompt_->reopen_at);
    }
    restamp(hour_reset_);
    restamp(paused_until_);
    restamp(locked_since_);
    restamp(last_spell_end_);
    if (waiting_) waiting_->since += by;
    emit(ClockStepped{now_, by});
    settle();
}

void Engine::set_quiet(Quiet reason, bool on, TimePoint t) {
    advance(t);
    (reason == Quiet::dnd ? dnd_ : reason == Quiet::fullscreen ? fullscreen_ : call_) = on;
    settle();
}

void Engine::set_rules(Rules rules, TimePoint t) {
    advance(t);
    rules_ = std::move(rules);
    if (locked_since_ && rules_.lock_is_break) go_away(*locked_since_, EndReason::lock);
    // The wait turned off while a prompt waits: it waits no longer.
    if (waiting_ && rules_.wait_for_pause <= Duration{0}) waiting_->paused = true;
    settle();
}

// ---- spells -----------------------------------------------------------------------------

void Engine::start_spell(TimePoint t) {
    // A late report of input must not reach back into the spell that just ended.
    t = std::max(t, last_spell_end_.value_or(t));
    spell_ = Spell{t, t, false};
    if (rules_.min_activity <= Duration{0}) confirm_spell();
}

void Engine::confirm_spell() {
    spell_->confirmed = true;
    emit(SpellStarted{spell_->start});
}

void Engine::end_spell(TimePoint last_input, EndReason reason) {
    if (!spell_) return;
    const TimePoint ended = std::max(spell_->start, last_input);
    if (!spell_->confirmed) {
        if (ended - spell_->start < rules_.min_activity) {
            spell_.reset();  // a bumped mouse, never a spell
            return;
        }
        confirm_spell();
    }
    emit(SpellEnded{spell_->start, ended, reason});
    last_spell_end_ = ended;
    spell_.reset();
}

void Engine::go_away(TimePoint last_input, EndReason reason) {
    // Standing up while a prompt waits is what the prompt asked for.
    if (prompt_) {
        close_prompt(Outcome::natural);
        count_outcome(Outcome::natural);
    }
    end_spell(last_input, reason);
}

// ---- state ------------------------------------------------------------------------------

State Engine::current_state() const {
    if (paused_until_) return State::paused;
    if (prompt_ && prompt_->showing) return State::prompting;
    if (spell_ && spell_->confirmed) return State::sitting;
    return State::away;
}

// A prompt due but held back, and by what (the first that holds it, as status says it).
std::optional<PromptWait> Engine::held_prompt() const {
    const auto due = prompt_due();
    if (!due || *due > now_ || paused_until_ || !rules_.hours.contains(now_, zone_)) {
        return std::nullopt;
    }
    if (dnd_) return PromptWait{*due, Hold::dnd};
    if (fullscreen_) return PromptWait{*due, Hold::fullscreen};
    if (call_) return PromptWait{*due, Hold::call};
    if (locked_since_) return PromptWait{*due, Hold::lock};
    return std::nullopt;
}

void Engine::publish_state() {
    const State state = current_state();
    if (state == published_) return;
    published_ = state;
    emit(StateChanged{now_, state});
}

// After an input changed what is held back or due, what is due now happens now.
void Engine::settle() {
    advance(now_);
    publish_state();
}

void Engine::emit(Event event) { events_.push_back(std::move(event)); }

std::vector<Event> Engine::take_events() { return std::exchange(events_, {}); }

Status Engine::status() const {
    Status status;
    status.state = current_state();
    if (spell_ && spell_->confirmed) {
        status.sitting_since = spell_->start;
        status.hour_started = std::max(spell_->start, hour_reset_.value_or(spell_->start));
    }
    status.next_prompt_at = prompt_opens_at();
    status.paused_until = paused_until_;
    if (prompt_ && prompt_->showing) {
        status.prompt = prompt_->id;
        status.snoozes_left = std::max(0, rules_.max_snoozes - prompt_->snoozes);
    }
    status.quiet = dnd_ || fullscreen_ || call_ || locked_since_;
    status.waiting = waiting_ ? PromptWait{waiting_->since, Hold::typing} : held_prompt();
    status.escalation = rules_.escalate ? escalation_ : 0;
    status.limit = current_limit();
    return status;
}

}  // namespace sitbreak::core
