// The service's side of each domain event: into the store, onto the bus and the desktop,
// and what holds prompts back (schedule.quiet_when's sensors, the pause and call watches).
#include <spdlog/spdlog.h>

#include <array>
#include <utility>

#include "config/duration.hpp"
#include "service/service.hpp"

namespace sitbreak::service {

using namespace std::chrono;
using core::TimePoint;

namespace {

// While the history refuses writes (or cannot be opened), the first retry comes after
// this, each next one after twice as long, up to kStoreRetryMax: a cause that goes away
// soon (space freed, a file moved) is noticed soon, one that stays costs little.
constexpr seconds kStoreRetryFirst{1};
constexpr seconds kStoreRetryMax{30};
// Between looks at the idle time while a new spell may still be a bumped mouse.
constexpr seconds kConfirmRecheck{10};
// Time enough for the helper that asks about microphones to start (milliseconds) and to
// learn of a call already going, with room to spare on a loaded machine.
constexpr seconds kMicrophoneLead{60};

TimePoint time_of(const core::Event& event, TimePoint now) {
    return std::visit(
        [now](const auto& e) -> TimePoint {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, core::SpellEnded>) {
                return e.ended;
            } else if constexpr (requires { e.at; }) {
                return e.at;
            } else {
                return now;
            }
        },
        event);
}

// Events that change a day's figures; re-reading them and the streak costs a few ms.
bool changes_days(const core::Event& event) {
    return std::holds_alternative<core::PromptClosed>(event) ||
           std::holds_alternative<core::SpellEnded>(event) ||
           std::holds_alternative<core::RestDayMarked>(event) ||
           std::holds_alternative<core::RestDayCleared>(event) ||
           std::holds_alternative<core::ClockStepped>(event);
}

}  // namespace

// ---- what the engine decided ------------------------------------------------------------

void Service::settle() {
    const auto events = engine_.take_events();
    bool days_changed = false;
    for (const core::Event& event : events) {
        record(event);
        present(event);
        days_changed = days_changed || changes_days(event);
    }
    if (days_changed) refresh_today();
    if (!events.empty()) publish();
    arm_timers();
    arm_confirmation_check();
    sync_pause_watch();
    sync_call_watch();
}

// prompt.wait_for_pause: the idle backend's alarm at the pause length, armed only while a
// prompt waits for a pause in typing, so that typing wakes nothing. A backend without
// such an alarm, or a user already that long idle, lets the prompt show now.
void Service::sync_pause_watch() {
    const auto waiting = engine_.status().waiting;
    if (!waiting || waiting->reason != core::Hold::typing) {
        if (std::exchange(pause_watched_, false)) activity_.watch_pause(std::nullopt);
        return;
    }
    if (pause_watched_) return;
    const core::Duration pause = settings_.rules.wait_for_pause;
    pause_watched_ = activity_.watch_pause(pause);
    const auto idle = activity_.idle_time();
    if (pause_watched_ && !(idle && *idle >= pause)) {
        spdlog::debug("prompt due: waiting for a pause in typing");
        return;
    }
    engine_.on_pause(now());
    settle();
}

void Service::quiet_changed(core::Quiet reason, bool on) {
    catch_up();
    static constexpr std::array<const char*, 3> names{"do-not-disturb", "fullscreen", "call"};
    spdlog::debug("{} {}", names.at(static_cast<std::size_t>(reason)), on ? "on" : "off");
    quiet_sensed_.at(static_cast<std::size_t>(reason)) = on;
    apply_quiet(reason);
    settle();
}

void Service::quiet_sensor_problem(core::Quiet reason, const std::string& problem) {
    if (reason == core::Quiet::call) call_problem_ = problem;
    if (!problem.empty()) spdlog::warn("{}", problem);
    publish();
}

// What schedule.quiet_when wants of what the sensors say, now (again after a reload).
void Service::apply_quiet(core::Quiet reason) {
    const config::QuietWhen& wanted = settings_.quiet_when;
    const bool on = quiet_sensed_.at(static_cast<std::size_t>(reason)) &&
                    (reason == core::Quiet::dnd          ? wanted.dnd
                     : reason == core::Quiet::fullscreen ? wanted.fullscreen
                                                         : wanted.call);
    engine_.set_quiet(reason, on, now());
}

// schedule.quiet_when's call: the microphones are asked about (a helper process holding the
// sound server's client, ~2 MiB) only from kMicrophoneLead before a prompt may show until it
// has shown, time enough for the helper to start and to have heard of a call already going.
void Service::sync_call_watch() {
    if (calls_ == nullptr) return;
    const auto showing = settings_.quiet_when.call ? engine_.next_showing() : std::nullopt;
    const bool wanted = showing && *showing - kMicrophoneLead <= now();
    if (showing && !wanted) {
        // Again at every settle, as arm_timers does: the alarm waits a monotonic time that a
        // wall-clock step since the last settle would make wrong.
        arm_in(*call_watch_, *showing - kMicrophoneLead);
    } else {
        call_watch_->disarm();
    }
    if (std::exchange(microphones_watched_, wanted) != wanted) calls_->watch_microphones(wanted);
}

void Service::publish() { publisher_.status_changed(status()); }

void Service::arm_confirmation_check() {
    const auto confirmable = engine_.spell_confirmable_at();
    if (!confirmable) return;
    // A second late, so that input at the moment itself has been counted by the backend.
    // Past it, the input so far was too short: look again until the spell is confirmed or
    // the idle backend ends it, at most break_after / kConfirmRecheck wake-ups (30 with the
    // defaults) per bumped mouse.
    const TimePoint at = *confirmable + seconds{1};
    arm_in(*input_check_, at > now() ? at : now() + kConfirmRecheck);
}

void Service::record(const core::Event& event) { record_at(event, time_of(event, engine_.now())); }

void Service::store_failed() {
    spdlog::error("history: {}", store_.degraded_reason());
    store_backoff_ = kStoreRetryFirst;
    store_retry_->arm_in(duration_cast<microseconds>(store_backoff_));
}

void Service::retry_store() {
    const std::size_t held = store_.pending();
    if (store_.retry()) {
        spdlog::info("history: written again; the {} held change{} are on disk, nothing lost", held,
                     held == 1 ? "" : "s");
        refresh_today();
    } else {
        const std::size_t left = store_.pending();
        if (left < held) {
            spdlog::info("history: wrote {} of {} held changes, {} still held", held - left, held,
                         left);
        }
        store_backoff_ = std::min<core::Duration>(store_backoff_ * 2, kStoreRetryMax);
        store_retry_->arm_in(duration_cast<microseconds>(store_backoff_));
    }
    publish();
}

void Service::present(const core::Event& event) {
    if (const auto* opened = std::get_if<core::PromptOpened>(&event)) {
        if (opened->unprompted) return;
        spdlog::info("prompt {} opened", opened->id);
        publisher_.prompt_opened(opened->id, settings_.exercises, prompt_text());
        if (!tray_shows_prompts()) {
            show_notification(opened->id, settings_.rules.max_snoozes - opened->snoozes);
        }
    } else if (const auto* renotified = std::get_if<core::PromptRenotified>(&event)) {
        if (!tray_shows_prompts()) show_notification(renotified->id, engine_.status().snoozes_left);
    } else if (const auto* snoozed = std::get_if<core::PromptSnoozed>(&event)) {
        spdlog::info("prompt {} snoozed until {}", snoozed->id,
                     snoozed->until.time_since_epoch().count());
        presenter_.close();
        publisher_.prompt_closed(snoozed->id, core::Outcome::snoozed);
    } else if (const auto* closed = std::get_if<core::PromptClosed>(&event)) {
        spdlog::info("prompt {} closed: {}", closed->id, core::to_string(closed->outcome));
        presenter_.close();
        publisher_.prompt_closed(closed->id, closed->outcome);
    } else if (const auto* ended = std::get_if<core::SpellEnded>(&event)) {
        back_from_break_ = ended->reason != core::EndReason::shutdown;
    } else if (std::holds_alternative<core::SpellStarted>(event)) {
        if (std::exchange(back_from_break_, false)) consider_suggestion();
    } else if (const auto* changed = std::get_if<core::StateChanged>(&event)) {
        spdlog::debug("state: {}", core::to_string(changed->state));
    }
}

void Service::refresh_today() {
    const TimePoint t = now();
    const auto day_starts_at = settings_.rules.day_starts_at;
    today_ = core::day_of(t, zone_, day_starts_at);
    arm_in(*day_change_, core::next_day_start(t, zone_, day_starts_at) + seconds{1});
    // Held confirmations count today already (status must not say "0 done" after a done
    // the file could not take); the streak follows once they are on disk.
    today_done_ = store_.held_done(today_, day_starts_at);
    today_sitting_ = core::Duration{0};
    if (!store_.is_open()) return;
    try {
        const auto days = store_.days(today_, today_, settings_.rules);
        today_done_ += days.front().tally.done();
        today_sitting_ = days.front().tally.sitting;
        streak_ = store_.streak(today_, settings_.rules);
        refresh_week();
    } catch (const std::exception& error) {
        spdlog::error("cannot read the history: {}", error.what());
    }
}

void Service::arm_in(platform::Alarm& alarm, TimePoint at) {
    // A millisecond late, so that the second `at` has begun when it fires.
    alarm.arm_in(std::max(timeline_.until(at), microseconds{0}) + milliseconds{1});
}

void Service::arm_timers() {
    const auto deadline = engine_.next_deadline();
    if (!deadline) {
        wake_->disarm();
        return;
    }
    arm_in(*wake_, *deadline);
}

void Service::log_refusal(std::string_view command, std::optional<core::Refusal> refusal) const {
    if (refusal) spdlog::info("{} refused: {}", command, core::describe(*refusal));
}

}  // namespace sitbreak::service
