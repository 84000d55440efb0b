#include "service/service.hpp"

#include <malloc.h>
#include <spdlog/spdlog.h>

#include "config/duration.hpp"
#include "config/load.hpp"
#include "core/date_text.hpp"

namespace sitbreak::service {

using namespace std::chrono;
using core::TimePoint;

namespace {

// Between input checks while sitting, so a crash loses at most this much of a spell.
// Each check costs ~6 context switches (timer, X round trip, SQLite write): every 10 min
// keeps the daemon under one wake-up a minute while the user types (tests/bench).
constexpr minutes kCheckpoint{10};

// Logs each error of a config file and returns them, one per line, for status.
std::string log_errors(const config::LoadResult& result) {
    std::string errors;
    for (const auto& problem : result.errors) {
        spdlog::error("{}", problem.to_string());
        errors += (errors.empty() ? "" : "\n") + problem.to_string();
    }
    return errors;
}

config::Settings load_settings(const std::filesystem::path& path, std::string& error) {
    auto result = config::load_file(path);
    error = log_errors(result);
    if (!result.ok()) spdlog::warn("using the default settings until the config file is fixed");
    return result.settings;
}

std::unique_ptr<store::Store> open_store(const std::filesystem::path& path, std::string& problem) {
    try {
        auto store = std::make_unique<store::Store>(store::Store::open(path));
        if (store->open_warning()) {
            problem = *store->open_warning();
            spdlog::error("{}", problem);
        }
        return store;
    } catch (const std::exception& error) {
        problem = error.what();
        spdlog::error("history is not being saved: {}", problem);
        return nullptr;
    }
}

}  // namespace

Service::Service(platform::EventLoop& loop, ServiceOptions options)
    : loop_{loop},
      options_{std::move(options)},
      settings_{load_settings(options_.config_path, config_error_)},
      store_{open_store(options_.database_path, store_problem_)},
      engine_{settings_.rules, zone_, platform::wall_now(), store_ ? store_->next_prompt_id() : 1},
      wake_{loop.timer([this] { on_wake(); })},
      input_check_{loop.timer([this] { check_input(); })},
      day_change_{loop.timer([this] {
          refresh_today();
          if (publisher_) publisher_->status_changed();
      })},
      store_retry_{loop.timer([this] { retry_store(); })},
      release_memory_{loop.timer([] { malloc_trim(0); })} {
    refresh_today();
    arm_timers();
    // Opening the store and computing the streak leave ~0.3 MiB of free heap behind; give
    // it back once the loop runs, when everything else has started too.
    release_memory_soon();
}

Service::~Service() = default;

void Service::set_idle_source(std::unique_ptr<platform::IdleSource> source, std::string problem) {
    idle_ = std::move(source);
    idle_problem_ = std::move(problem);
    if (!idle_) {
        spdlog::error("no idle backend: {}; sitting cannot be measured", idle_problem_);
        return;
    }
    spdlog::info("idle backend: {}", idle_->name());
    // The user may already be at the desk: what the backend knows now counts.
    check_input();
}

void Service::set_tray_present(bool present) {
    if (present == tray_present_) return;
    const bool showed = tray_shows_prompts();
    tray_present_ = present;
    spdlog::info("tray {}",
                 present ? "is here: it shows prompts" : "left: prompts go to notifications");
    const auto status = engine_.status();
    if (!status.prompt || !presenter_ || showed == tray_shows_prompts()) return;
    if (tray_shows_prompts()) {
        presenter_->close();
    } else {
        show_notification(*status.prompt, status.snoozes_left);
    }
}

bool Service::tray_shows_prompts() const {
    switch (settings_.prompt_style) {
    case config::PromptStyle::notification: return false;
    case config::PromptStyle::popup:
    case config::PromptStyle::automatic: return tray_present_;
    }
    return false;
}

// ---- commands ---------------------------------------------------------------------------

template <class Command>
std::optional<core::Refusal> Service::run(Command command) {
    catch_up();
    const auto refusal = command(platform::wall_now());
    settle();
    return refusal;
}

std::optional<core::Refusal> Service::confirm(core::Exercise exercise) {
    return run([&](TimePoint t) { return engine_.confirm(exercise, t); });
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

void Service::mark_rest_day(core::Date date) {
    engine_.mark_rest_day(date, platform::wall_now());
    settle();
}

bool Service::reload_config() {
    auto result = config::load_file(options_.config_path);
    if (!result.ok()) {
        config_error_ = log_errors(result);
        spdlog::warn("keeping the last good settings");
        if (publisher_) publisher_->status_changed();
        return false;
    }
    config_error_.clear();
    if (result.settings == settings_) return true;
    settings_ = std::move(result.settings);
    spdlog::info("settings reloaded from {}", options_.config_path.string());
    engine_.set_rules(settings_.rules, platform::wall_now());
    if (idle_) idle_->set_threshold(settings_.rules.break_after);
    refresh_today();
    settle();
    // A new limit moves the next prompt without any engine event: say so to the tray.
    if (publisher_) publisher_->status_changed();
    return true;
}

void Service::release_memory_soon() { release_memory_->arm_in(microseconds{0}); }

void Service::shutdown() {
    check_input();
    engine_.shutdown(platform::wall_now());
    settle();
    if (presenter_) presenter_->close();
    if (store_ && !store_->retry()) {
        spdlog::error("{} events could not be saved: {}", store_->pending(),
                      store_->degraded_reason());
    }
}

// ---- what the platform senses -----------------------------------------------------------

void Service::user_active(TimePoint at) {
    catch_up();
    engine_.on_active(at);
    if (store_) store_->note_last_input(at);
    settle();  // arms the look at min_activity that tells a bumped mouse from sitting down
}

void Service::user_idle(TimePoint since) {
    catch_up();
    engine_.on_idle(since, platform::wall_now());
    settle();
    input_check_->disarm();
}

void Service::session_locked(TimePoint at) {
    catch_up();
    engine_.on_locked(at);
    settle();
}

void Service::session_unlocked(TimePoint at) {
    catch_up();
    engine_.on_unlocked(at);
    settle();
}

void Service::system_slept(TimePoint from, TimePoint to) {
    // logind and the clock comparison both report the same suspend.
    if (last_sleep_end_ && from < *last_sleep_end_) return;
    last_sleep_end_ = to;
    spdlog::info("the system slept for {}", config::format_duration(to - from));
    engine_.on_slept(from, to);
    settle();
}

void Service::quiet_changed(core::Quiet reason, bool on) {
    catch_up();
    const bool wanted =
        reason == core::Quiet::dnd ? settings_.quiet_when.dnd : settings_.quiet_when.fullscreen;
    spdlog::debug("{} {}", reason == core::Quiet::dnd ? "do-not-disturb" : "fullscreen",
                  on ? "on" : "off");
    engine_.set_quiet(reason, on && wanted, platform::wall_now());
    settle();
}

void Service::notification_action(core::PromptId prompt, const std::string& action) {
    if (engine_.status().prompt != prompt) return;  // a stale bubble
    std::optional<core::Refusal> refusal;
    if (const auto exercise = core::exercise_from_string(action)) {
        refusal = confirm(*exercise);
    } else if (action == "snooze") {
        refusal = snooze(std::nullopt);
    } else if (action == "skip") {
        refusal = skip();
    }
    log_refusal(action, refusal);
}

void Service::check_input() {
    if (!idle_) return;
    const auto idle = idle_->idle_time();
    if (!idle) return;
    const TimePoint now = platform::wall_now();
    const TimePoint last_input = now - duration_cast<seconds>(*idle);
    engine_.on_input(last_input, now);
    if (store_) store_->note_last_input(last_input);
    settle();
    const auto state = engine_.status().state;
    if (state == core::State::sitting || state == core::State::prompting) {
        input_check_->arm_in(duration_cast<microseconds>(kCheckpoint));
    }
}

void Service::catch_up() {
    if (!wake_check_ || catching_up_) return;
    catching_up_ = true;
    wake_check_();
    catching_up_ = false;
}

void Service::on_wake() {
    catch_up();
    engine_.advance(platform::wall_now());
    settle();
}

StatusSnapshot Service::status() const {
    StatusSnapshot snapshot;
    snapshot.now = platform::wall_now();
    snapshot.engine = engine_.status();
    snapshot.limit = settings_.rules.limit;
    snapshot.today = today_;
    snapshot.today_done = today_done_;
    snapshot.today_sitting = today_sitting_;
    snapshot.streak = streak_;
    snapshot.exercises = settings_.exercises;
    snapshot.idle_backend = idle_ ? std::string{idle_->name()} : "none";
    snapshot.idle_problem = idle_problem_;
    snapshot.config_path = options_.config_path.string();
    snapshot.config_error = config_error_;
    snapshot.store_problem =
        store_ && store_->degraded() ? store_->degraded_reason() : store_problem_;
    snapshot.notifications = tray_shows_prompts() ? "tray"
                             : presenter_         ? presenter_->describe()
                                                  : "none";
    return snapshot;
}

core::Date Service::today() const { return today_; }

}  // namespace sitbreak::service
