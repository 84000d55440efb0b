#include "service/service.hpp"

#include <malloc.h>
#include <spdlog/spdlog.h>

#include "config/duration.hpp"
#include "common/date_text.hpp"
#include "core/day.hpp"

namespace sitbreak::service {

using namespace std::chrono;
using core::TimePoint;

namespace {

// Between input checks while sitting, so a crash loses at most this much of a spell.
// Each check costs ~6 context switches (timer, X round trip, SQLite write): every 10 min
// keeps the daemon under one wake-up a minute while the user types (tests/bench).
constexpr minutes kCheckpoint{10};

}  // namespace

// Logs each error of a config or catalogue file and returns them, one per line, for status.
std::string log_errors(const std::vector<config::ConfigError>& problems) {
    std::string errors;
    for (const auto& problem : problems) {
        spdlog::error("{}", problem.to_string());
        errors += (errors.empty() ? "" : "\n") + problem.to_string();
    }
    return errors;
}

namespace {

std::string describe_step(core::Duration by) {
    return config::format_duration(abs(by)) + (by > core::Duration{0} ? " forward" : " back");
}

}  // namespace

Service::Service(ServiceParts parts)
    : clock_{parts.clock},
      timeline_{parts.clock},
      zone_{parts.zone},
      store_{parts.store},
      publisher_{parts.publisher},
      presenter_{parts.presenter},
      suggestions_{parts.suggestions},
      activity_{parts.activity},
      inputs_{parts.inputs},
      config_path_{std::move(parts.config_path)},
      config_error_{log_errors(parts.config.errors)},
      settings_{std::move(parts.config.settings)},
      catalogue_error_{log_errors(parts.catalogue.errors)},
      catalogue_{std::move(parts.catalogue)},
      engine_{settings_.rules, zone_, timeline_.now(), store_.next_prompt_id()},
      wake_{parts.clock.alarm([this] { on_wake(); })},
      input_check_{parts.clock.alarm([this] { check_input(); })},
      day_change_{parts.clock.alarm([this] {
          refresh_today();
          publish();
      })},
      store_retry_{parts.clock.alarm([this] { retry_store(); })},
      release_memory_{parts.clock.alarm([] { malloc_trim(0); })},
      call_watch_{parts.clock.alarm([this] { on_wake(); })},
      calls_{parts.calls} {
    if (!config_error_.empty()) spdlog::warn("using the default settings until the file is fixed");
    if (store_.open_warning()) spdlog::error("{}", *store_.open_warning());
    if (store_.degraded()) store_failed();
    refresh_today();
    inputs_.connect(this);
    // Without waiting for the next wake-up: a prompt must not wait for a step.
    clock_.on_wall_step([this] { on_wake(); });
    spdlog::info("idle backend: {}", activity_.backend());
    if (!activity_.problem().empty()) spdlog::error("idle: {}", activity_.problem());
    // The user may already be at the desk: what the backend knows now counts.
    check_input();
    arm_timers();
    // Opening the store and computing the streak leave ~0.3 MiB of free heap behind; give
    // it back once the loop runs, when everything else has started too.
    release_memory_soon();
}

Service::~Service() {
    clock_.on_wall_step({});
    inputs_.connect(nullptr);
}

void Service::tray_changed(bool present) {
    if (present == tray_present_) return;
    spdlog::info("tray {}", present ? "is here" : "left");
    reroute_prompts([&] { tray_present_ = present; });
}

void Service::tray_popup_changed(bool focus_safe) {
    if (focus_safe == tray_popup_) return;
    reroute_prompts([&] { tray_popup_ = focus_safe; });
}

void Service::reroute_prompts(const std::function<void()>& change) {
    const bool showed = tray_shows_prompts();
    change();
    if (showed == tray_shows_prompts()) return;
    spdlog::info("prompts go to {}", tray_shows_prompts() ? "the tray" : "notifications");
    const auto status = engine_.status();
    if (!status.prompt) return;
    if (tray_shows_prompts()) {
        presenter_.close();
    } else {
        show_notification(*status.prompt, status.snoozes_left);
    }
}

bool Service::tray_shows_prompts() const {
    switch (settings_.prompt_style) {
    case config::PromptStyle::notification: return false;
    case config::PromptStyle::popup: return tray_present_;
    // Only a popup that can never take the keyboard: elsewhere (GNOME on Wayland) the
    // notification server does better.
    case config::PromptStyle::automatic: return tray_present_ && tray_popup_;
    }
    return false;
}

// ---- commands ---------------------------------------------------------------------------

template <class Command>
std::optional<core::Refusal> Service::run(Command command) {
    catch_up();
    const auto refusal = command(now());
    settle();
    return refusal;
}

Confirmation Service::confirm(core::ExerciseId exercise, const std::string& token) {
    catch_up();
    if (const auto recorded = store_.find_token(token); recorded != store::Store::Recorded::no) {
        // The reply to the first try was lost (the daemon stopped after writing it).
        spdlog::info("a confirmation was sent again; it was counted the first time");
        const bool saved = recorded == store::Store::Recorded::on_disk;
        return {saved, true, saved ? std::string{} : store_.degraded_reason()};
    }
    run([&](TimePoint t) { return engine_.confirm(exercise, t, token); });
    if (!store_.degraded()) return {};
    return {false, false, store_.degraded_reason()};
}

std::optional<core::Refusal> Service::snooze(std::optional<core::Duration> length) {
    return run([&](TimePoint t) { return engine_.snooze(length, t); });
}

std::optional<core::Refusal> Service::skip() {
    return run([&](TimePoint t) { return engine_.skip(t); });
}

std::optional<core::Refusal> Service::pause(std::optional<core::Duration> length) {
    return run([&](TimePoint t) { return engine_.pause(length, t); });
}

std::optional<core::Refusal> Service::resume() {
    return run([&](TimePoint t) { return engine_.resume(t); });
}

std::optional<core::Refusal> Service::prompt_now() {
    check_input();  // whoever asked is at the keyboard
    return run([&](TimePoint t) { return engine_.prompt_now(t); });
}

std::optional<std::string> Service::mark_rest_day(std::optional<core::Date> date) {
    catch_up();
    const core::Date day = date.value_or(today_);
    std::optional<core::Date> first;
    try {
        first = store_.first_day();
    } catch (const store::Error& error) {
        spdlog::warn("cannot read the first recorded day: {}", error.what());
    }
    if (auto refusal = core::rest_day_refusal(day, today_, first)) return refusal;
    engine_.mark_rest_day(day, now());
    settle();
    return std::nullopt;
}

std::optional<std::string> Service::clear_rest_day(core::Date date) {
    catch_up();
    try {
        const auto days = store_.days(date, date, settings_.rules);
        if (!days.front().tally.rest_day) return common::format_date(date) + " is not a rest day.";
    } catch (const store::Error&) {
        // Unreadable (held in memory): clearing a day that is not marked changes nothing.
    }
    engine_.clear_rest_day(date, now());
    settle();
    return std::nullopt;
}

bool Service::reload_config(config::LoadResult result) {
    catch_up();
    if (!result.ok()) {
        config_error_ = log_errors(result.errors);
        spdlog::warn("keeping the last good settings");
        publish();
        return false;
    }
    config_error_.clear();
    if (result.settings == settings_) return true;
    settings_ = std::move(result.settings);
    spdlog::info("settings reloaded from {}", config_path_.string());
    engine_.set_rules(settings_.rules, now());
    for (const auto reason : {core::Quiet::dnd, core::Quiet::fullscreen, core::Quiet::call}) {
        apply_quiet(reason);
    }
    activity_.set_threshold(settings_.rules.break_after);
    refresh_today();
    settle();
    // A new limit moves the next prompt without any engine event: say so to the tray.
    publish();
    return true;
}

void Service::zone_changed() {
    catch_up();
    spdlog::info("the time zone changed: local time is now UTC{}{}",
                 zone_.utc_offset(now()) < core::Duration{0} ? "-" : "+",
                 config::format_duration(abs(zone_.utc_offset(now()))));
    refresh_today();
    settle();
    publish();
}

void Service::release_memory_soon() { release_memory_->arm_in(microseconds{0}); }

void Service::shutdown() {
    check_input();
    engine_.shutdown(now());
    settle();
    presenter_.close();
    if (!store_.retry()) {
        spdlog::error("{} changes could not be saved: {}", store_.pending(),
                      store_.degraded_reason());
    }
}

// ---- what the platform senses -----------------------------------------------------------

void Service::user_active(core::Duration ago) {
    spdlog::debug("input after a break, {} ago", config::format_duration(ago));
    catch_up();
    const TimePoint at = now() - ago;
    engine_.on_active(at);
    if (engine_.status().sitting_since) store_.note_last_input(at);
    settle();  // arms the look at min_activity that tells a bumped mouse from sitting down
}

void Service::user_idle(core::Duration idle_for) {
    spdlog::debug("no input for {}", config::format_duration(idle_for));
    catch_up();
    engine_.on_idle(now() - idle_for, now());
    settle();
    input_check_->disarm();
}

void Service::user_paused() {
    spdlog::debug("a pause in typing");
    catch_up();
    pause_watched_ = false;  // the alarm fired once and is spent
    engine_.on_pause(now());
    settle();
}

void Service::idle_backend_changed() {
    catch_up();
    pause_watched_ = false;  // an alarm on the old backend is gone with it
    if (activity_.backend() == "none") {
        // A dead sensor sees no input: counting the user as sitting would open prompts
        // for nobody. Away from the last input known, until the backend is back.
        spdlog::error("idle: {}", activity_.problem());
        engine_.on_sensor_lost(now());
        input_check_->disarm();
        settle();
    } else {
        spdlog::info("idle backend: {}", activity_.backend());
        check_input();
    }
    publish();
}

void Service::session_locked() {
    catch_up();
    engine_.on_locked(now());
    settle();
}

void Service::session_unlocked() {
    catch_up();
    engine_.on_unlocked(now());
    settle();
}

// The clocks measure the sleep; logind's word makes sure they are read right before it
// and right after, so it is reported once, with its true length.
void Service::system_suspending() { catch_up(); }
void Service::system_resumed() { catch_up(); }

void Service::notification_action(core::PromptId prompt, const std::string& action) {
    if (engine_.status().prompt != prompt) return;  // a stale bubble
    std::optional<core::Refusal> refusal;
    if (!unconfirmable(action)) {
        const Confirmation done = confirm(action);
        if (!done.saved) spdlog::warn("counted, held in memory: {}", done.problem);
    } else if (action == "snooze") {
        refusal = snooze(std::nullopt);
    } else if (action == "skip") {
        refusal = skip();
    }
    log_refusal(action, refusal);
}

void Service::check_input() {
    catch_up();
    const auto idle = activity_.idle_time();
    if (!idle) return;
    const TimePoint at = now();
    const TimePoint last_input = at - *idle;
    engine_.on_input(last_input, at);
    // For recovery after a crash: where the open spell would end.
    if (engine_.status().sitting_since) store_.note_last_input(last_input);
    settle();
    const auto state = engine_.status().state;
    if (state == core::State::sitting || state == core::State::prompting) {
        input_check_->arm_in(duration_cast<microseconds>(kCheckpoint));
    }
}

// Before anything happens: has the wall clock been set, has the machine slept?
void Service::catch_up() {
    if (catching_up_) return;
    catching_up_ = true;
    const Timeline::Changes changes = timeline_.look();
    if (changes.stepped != core::Duration{0}) {
        spdlog::warn("the clock was set {}: what is open keeps the time it measured",
                     describe_step(changes.stepped));
        engine_.clock_stepped(changes.stepped);
    }
    if (changes.slept != core::Duration{0}) {
        spdlog::info("the system slept for {}", config::format_duration(changes.slept));
        engine_.on_slept(now() - changes.slept, now());
    }
    if (changes.stepped != core::Duration{0} || changes.slept != core::Duration{0}) settle();
    catching_up_ = false;
}

void Service::on_wake() {
    catch_up();
    engine_.advance(now());
    settle();
}

StatusSnapshot Service::status() {
    catch_up();
    StatusSnapshot snapshot;
    snapshot.now = now();
    snapshot.engine = engine_.status();
    snapshot.today = today_;
    snapshot.today_done = today_done_;
    snapshot.today_sitting = today_sitting_;
    snapshot.streak = streak_;
    snapshot.exercises = settings_.exercises;
    snapshot.idle_backend = activity_.backend();
    snapshot.idle_problem = activity_.problem();
    snapshot.config_path = config_path_.string();
    snapshot.config_error = config_error_;
    snapshot.exercises_error = catalogue_error_;
    if (snapshot.engine.prompt) snapshot.prompt_text = prompt_text();
    snapshot.store_problem =
        store_.degraded() ? store_.degraded_reason() : store_.open_warning().value_or("");
    snapshot.store_held = store_.pending();
    snapshot.call_problem = settings_.quiet_when.call ? call_problem_ : "";
    snapshot.notifications = tray_shows_prompts() ? "tray" : presenter_.describe();
    snapshot.prompt_style = config::to_string(settings_.prompt_style);
    snapshot.prompt_sound = config::to_string(settings_.prompt_sound);
    snapshot.daily_goal = settings_.rules.daily_goal;
    snapshot.week = week_;
    snapshot.weekly_streak = weekly_streak_;
    snapshot.session = session_ ? session_->id : 0;
    return snapshot;
}

core::Date Service::today() {
    catch_up();
    return today_;
}

}  // namespace sitbreak::service
