// The service's side of each domain event: into the store, onto the bus and the desktop.
#include <spdlog/spdlog.h>

#include "config/duration.hpp"
#include "service/service.hpp"

namespace sitbreak::service {

using namespace std::chrono;
using core::TimePoint;

namespace {

// Between attempts to write the history while the disk refuses (full, read-only).
constexpr seconds kStoreRetry{30};
// Between looks at the idle time while a new spell may still be a bumped mouse.
constexpr seconds kConfirmRecheck{10};

TimePoint time_of(const core::Event& event, TimePoint now) {
    return std::visit(
        [now](const auto& e) -> TimePoint {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, core::SpellEnded>) {
                return e.ended;
            } else if constexpr (std::is_same_v<E, core::RestDayMarked>) {
                return now;
            } else {
                return e.at;
            }
        },
        event);
}

}  // namespace

// ---- what the engine decided ------------------------------------------------------------

void Service::settle() {
    const auto events = engine_.take_events();
    bool history_changed = false;
    for (const core::Event& event : events) {
        record(event);
        present(event);
        // Only these change a day's figures; re-reading the streak costs a few ms.
        history_changed = history_changed || std::holds_alternative<core::PromptClosed>(event) ||
                          std::holds_alternative<core::SpellEnded>(event) ||
                          std::holds_alternative<core::RestDayMarked>(event);
    }
    if (history_changed) refresh_today();
    if (publisher_ && !events.empty()) publisher_->status_changed();
    arm_timers();
    arm_confirmation_check();
}

void Service::arm_confirmation_check() {
    const auto confirmable = engine_.spell_confirmable_at();
    if (!confirmable) return;
    // A second late, so that input at the moment itself has been counted by the backend.
    // Past it, the input so far was too short: look again until the spell is confirmed or
    // the idle backend ends it, at most break_after / kConfirmRecheck wake-ups (30 with the
    // defaults) per bumped mouse.
    const auto now = system_clock::now();
    system_clock::time_point at = *confirmable + seconds{1};
    if (at <= now) at = now + kConfirmRecheck;
    input_check_->arm_in(duration_cast<microseconds>(at - now));
}

void Service::record(const core::Event& event) {
    if (!store_) return;
    const bool was_degraded = store_->degraded();
    const TimePoint at = time_of(event, engine_.now());
    store_->record(event, zone_.utc_offset(at));
    if (store_->degraded() && !was_degraded) {
        spdlog::error("history: {}", store_->degraded_reason());
        store_retry_->arm_in(duration_cast<microseconds>(kStoreRetry));
    }
}

void Service::retry_store() {
    if (store_->retry()) {
        spdlog::info("history: written again, nothing lost");
        refresh_today();
    } else {
        store_retry_->arm_in(duration_cast<microseconds>(kStoreRetry));
    }
    if (publisher_) publisher_->status_changed();
}

void Service::show_notification(core::PromptId prompt, int snoozes_left) {
    if (presenter_) {
        presenter_->show(
            {prompt, "Time to stand up", prompt_text(), settings_.exercises, snoozes_left > 0});
    }
}

void Service::present(const core::Event& event) {
    if (const auto* opened = std::get_if<core::PromptOpened>(&event)) {
        if (opened->unprompted) return;
        spdlog::info("prompt {} opened", opened->id);
        const std::string text = prompt_text();
        if (publisher_) publisher_->prompt_opened(opened->id, settings_.exercises, text);
        if (!tray_shows_prompts()) {
            show_notification(opened->id, settings_.rules.max_snoozes - opened->snoozes);
        }
    } else if (const auto* renotified = std::get_if<core::PromptRenotified>(&event)) {
        if (!tray_shows_prompts()) show_notification(renotified->id, engine_.status().snoozes_left);
    } else if (const auto* snoozed = std::get_if<core::PromptSnoozed>(&event)) {
        spdlog::info("prompt {} snoozed until {}", snoozed->id,
                     snoozed->until.time_since_epoch().count());
        if (presenter_) presenter_->close();
        if (publisher_) publisher_->prompt_closed(snoozed->id, core::Outcome::snoozed);
    } else if (const auto* closed = std::get_if<core::PromptClosed>(&event)) {
        spdlog::info("prompt {} closed: {}", closed->id, core::to_string(closed->outcome));
        if (presenter_) presenter_->close();
        if (publisher_) publisher_->prompt_closed(closed->id, closed->outcome);
    } else if (const auto* changed = std::get_if<core::StateChanged>(&event)) {
        spdlog::debug("state: {}", core::to_string(changed->state));
    }
}

void Service::refresh_today() {
    const TimePoint now = platform::wall_now();
    today_ = core::day_of(now, zone_, settings_.rules.day_starts_at);
    day_change_->arm_in(duration_cast<microseconds>(
        core::next_day_start(now, zone_, settings_.rules.day_starts_at) - now + seconds{1}));
    if (!store_) return;
    try {
        const auto days = store_->days(today_, today_, settings_.rules);
        today_done_ = days.empty() ? 0 : days.front().tally.done();
        today_sitting_ = days.empty() ? core::Duration{0} : days.front().tally.sitting;
        streak_ = store_->streak(today_, settings_.rules);
    } catch (const std::exception& error) {
        spdlog::error("cannot read the history: {}", error.what());
    }
}

void Service::arm_timers() {
    const auto deadline = engine_.next_deadline();
    if (!deadline) {
        wake_->disarm();
        return;
    }
    const auto delay = *deadline - system_clock::now();
    wake_->arm_in(std::max(duration_cast<microseconds>(delay), microseconds{0}) + milliseconds{1});
}

void Service::log_refusal(std::string_view command, std::optional<core::Refusal> refusal) const {
    if (refusal) spdlog::info("{} refused: {}", command, core::describe(*refusal));
}

std::string Service::prompt_text() const {
    std::string text;
    const auto since = engine_.status().hour_started;
    if (since) {
        const core::Duration sat = platform::wall_now() - *since;
        // Whole minutes read better; test configs sit for seconds.
        const core::Duration shown = sat >= minutes{1} ? floor<minutes>(sat) : sat;
        text = "You have been sitting for " + config::format_duration(shown) + ". ";
    }
    std::vector<std::string> choices;
    for (const core::Exercise exercise : settings_.exercises) {
        choices.emplace_back(exercise == core::Exercise::bridges ? "10 glute bridges"
                                                                 : "a 30-second glute squeeze");
    }
    text += "Time for " + choices.front();
    if (choices.size() > 1) text += " or " + choices.back();
    return text + ".";
}

}  // namespace sitbreak::service
