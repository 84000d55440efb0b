#pragma once
// The daemon's heart: feeds what the platform senses into the engine, writes what the
// engine decides into the store, and tells the desktop (bus signals, notifications).
// One thread; every method runs on the event loop. It reads no clock and no file: the
// clock, the opened store, the loaded settings and its collaborators are handed in.
#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "config/catalogue.hpp"
#include "config/load.hpp"
#include "core/engine.hpp"
#include "platform/call_sensor.hpp"
#include "platform/clock.hpp"
#include "platform/idle_source.hpp"
#include "platform/notifier.hpp"
#include "platform/quiet_listener.hpp"
#include "platform/session_watcher.hpp"
#include "service/inputs.hpp"
#include "service/status_snapshot.hpp"
#include "service/timeline.hpp"
#include "store/store.hpp"

namespace sitbreak::service {

// What the service tells the outside world; the bus implements it.
class Publisher {
public:
    virtual ~Publisher() = default;
    virtual void prompt_opened(core::PromptId id, const std::vector<core::ExerciseId>& exercises,
                               const std::string& text) = 0;
    virtual void prompt_closed(core::PromptId id, core::Outcome outcome) = 0;
    // Something status shows may have changed.
    virtual void status_changed(const StatusSnapshot& status) = 0;
    // The programme (DESIGN §14.3): the day's suggestion of an activation session; the user
    // asked from it to start one (a client that can walk `routine` opens it); a session
    // started or ended anywhere.
    virtual void session_suggested(const std::string& /*routine*/, const std::string& /*text*/) {}
    virtual void session_requested(const std::string& /*routine*/) {}
    virtual void session_started(core::SessionId /*id*/, const std::string& /*routine*/) {}
    virtual void session_finished(core::SessionId /*id*/, core::SessionOutcome /*outcome*/) {}
};

// The prompt on the desktop: a notification, or nothing when the tray shows it.
class PromptPresenter {
public:
    virtual ~PromptPresenter() = default;
    virtual void show(const platform::PromptNotice& notice) = 0;
    virtual void close() = 0;
    // For status: where prompts go, or why nowhere.
    [[nodiscard]] virtual std::string describe() const = 0;
};

// What a confirmation did, for ConfirmOnce's reply.
struct Confirmation {
    bool saved{true};      // on disk; false: held in memory until the history takes it
    bool repeated{false};  // its token was counted before: nothing was counted now
    std::string problem;   // why it is not on disk
};

// One item of a session as a client reports it: which one, and what was done of it.
struct ItemReport {
    std::uint32_t position{0};
    std::uint32_t sets_done{0};
    std::uint32_t amount_done{0};  // over all sets done, in the exercise's unit
    bool skipped{false};
};

// The week for GetWeek and `sitbreak week`.
struct WeekReport {
    core::WeekTally tally;
    core::Streak streak;
    std::vector<store::SessionRecord> sessions;  // of this week, oldest first
};

// The next step of an exercise's dose in a routine, on offer after its full dose was done in
// programme.progress_after sessions in a row.
struct StepOffer {
    core::ExerciseId exercise;
    int step{0};                  // the step it is at
    std::uint32_t amount{0};      // per set, now
    std::uint32_t next_amount{0};  // per set, a step up
};
enum class StepAnswer { up, not_yet, back };

// A session the daemon is keeping: its routine as it was when it started.
struct RunningSession {
    core::SessionId id{0};
    common::Routine routine;
    core::TimePoint started;
};

struct ServiceParts {
    platform::Clock& clock;
    const core::Zone& zone;
    store::Store& store;
    config::LoadResult config;          // the settings file, loaded by the caller
    std::filesystem::path config_path;  // for status
    Publisher& publisher;
    PromptPresenter& presenter;
    platform::ActivitySensor& activity;
    Inputs& inputs;  // the service connects itself here to hear the platform
    PromptPresenter& suggestions;  // the day's suggestion of a session, as a notification
    config::Catalogue catalogue{};  // the exercises (shipped + exercises.toml)
    platform::CallSensor* calls{nullptr};  // schedule.quiet_when's call; none in some tests
};

// Logs each error of a config or catalogue file; returns them one per line, for status.
[[nodiscard]] std::string log_errors(const std::vector<config::ConfigError>& problems);

class Service final : public Sensed {
public:
    explicit Service(ServiceParts parts);
    ~Service() override;
    Service(const Service&) = delete;
    Service& operator=(const Service&) = delete;

    // Commands (D-Bus, CLI, tray, notification actions); nullopt means done. A
    // confirmation is never refused; `token` ("" = none) makes a retry count once.
    Confirmation confirm(core::ExerciseId exercise, const std::string& token = "");
    std::optional<core::Refusal> snooze(std::optional<core::Duration> length);
    std::optional<core::Refusal> skip();
    std::optional<core::Refusal> pause(std::optional<core::Duration> length);
    std::optional<core::Refusal> resume();
    std::optional<core::Refusal> prompt_now();
    // nullopt date: today. nullopt result: done; else the sentence that refuses the date.
    std::optional<std::string> mark_rest_day(std::optional<core::Date> date);
    std::optional<std::string> clear_rest_day(core::Date date);
    // The config file as loaded again; false (and the errors kept for status) when bad.
    bool reload_config(config::LoadResult result);
    // The exercise catalogue read again (exercises.toml changed, ReloadConfig). Its bad
    // entries are left out and reported in status; the rest is used at once.
    void reload_catalogue(config::Catalogue catalogue);
    [[nodiscard]] const config::Catalogue& catalogue() const { return catalogue_; }
    // nullopt when `exercise` is one a prompt may count (a micro exercise of the
    // catalogue), else the sentence that refuses it.
    [[nodiscard]] std::optional<std::string> unconfirmable(const std::string& exercise) const;
    // Activation sessions (service_programme.cpp). start: "" is the catalogue's first
    // routine; a session still running is stopped first. The others refuse with a sentence.
    std::variant<core::SessionId, std::string> start_session(const std::string& routine);
    std::optional<std::string> record_session_item(core::SessionId id, const ItemReport& item);
    std::optional<std::string> finish_session(core::SessionId id, core::SessionOutcome outcome,
                                              const std::vector<ItemReport>& items);
    [[nodiscard]] WeekReport week();
    // The catalogue's routines at the steps the user took (GetRoutines).
    [[nodiscard]] std::vector<common::Routine> routines() const;
    // Progression (DESIGN §14.3): offers for `routine`'s exercises, and the user's answer to
    // one (or a step back asked for any time). Refusals are sentences.
    [[nodiscard]] std::variant<std::vector<StepOffer>, std::string> step_offers(
        const std::string& routine) const;
    std::optional<std::string> answer_step(const std::string& routine,
                                           const std::string& exercise, StepAnswer answer);
    [[nodiscard]] const std::optional<RunningSession>& running_session() const {
        return session_;
    }
    // The user answered the day's suggestion: "start" or "not_today".
    void suggestion_answered(const std::string& action);
    // Whether the tray owns org.sitbreak.Tray, and org.sitbreak.Tray.Popup (its popup can
    // never take keyboard focus there). prompt.style popup leaves prompts to any tray;
    // auto only to one that owns both.
    void tray_changed(bool present);
    void tray_popup_changed(bool focus_safe);
    // The system's time zone changed: today and every new event follow it.
    void zone_changed();
    void shutdown();
    // A large reply (GetDays, Export) leaves its heap behind: give it back to the system
    // once the reply has been sent.
    void release_memory_soon();

    // What `sitbreak status` shows, as of now.
    [[nodiscard]] StatusSnapshot status();
    [[nodiscard]] core::Date today();
    [[nodiscard]] const config::Settings& settings() const { return settings_; }
    [[nodiscard]] store::Store& store() { return store_; }

    // What the platform senses (through Inputs).
    void user_active(core::Duration ago) override;
    void user_idle(core::Duration idle_for) override;
    void idle_backend_changed() override;
    void user_paused() override;
    void quiet_sensor_problem(core::Quiet reason, const std::string& problem) override;
    void session_locked() override;
    void session_unlocked() override;
    void system_suspending() override;
    void system_resumed() override;
    void quiet_changed(core::Quiet reason, bool on) override;
    void notification_action(core::PromptId prompt, const std::string& action) override;

private:
    template <class Command>
    std::optional<core::Refusal> run(Command command);
    void settle();
    void reroute_prompts(const std::function<void()>& change);
    void catch_up();
    void record(const core::Event& event);
    // Into the store with the offset in force `at`; the first change it has to hold in
    // memory starts the retries.
    template <typename Record>
    void record_at(const Record& record, core::TimePoint at) {
        const bool was_degraded = store_.degraded();
        store_.record(record, zone_.utc_offset(at));
        if (store_.degraded() && !was_degraded) store_failed();
    }
    void store_failed();
    void retry_store();
    void present(const core::Event& event);
    void show_notification(core::PromptId prompt, int snoozes_left);
    void refresh_today();
    void arm_timers();
    void arm_in(platform::Alarm& alarm, core::TimePoint at);
    void on_wake();
    void check_input();
    void arm_confirmation_check();
    void sync_pause_watch();
    void sync_call_watch();
    void apply_quiet(core::Quiet reason);
    void log_refusal(std::string_view command, std::optional<core::Refusal> refusal) const;
    void publish();
    void refresh_week();
    void consider_suggestion();
    void answer_suggestion(core::SuggestionAnswer answer);
    void record(const core::ProgrammeEvent& event);
    [[nodiscard]] std::optional<std::string> unknown_session(core::SessionId id) const;
    // Of the running session: why `report` does not fit its routine, or nullopt.
    [[nodiscard]] std::optional<std::string> unfitting_item(const ItemReport& report) const;
    void record_item(const ItemReport& report);
    [[nodiscard]] const common::Routine* default_routine() const;
    [[nodiscard]] common::Routine stepped(const common::Routine& routine) const;
    [[nodiscard]] bool tray_shows_prompts() const;
    [[nodiscard]] std::string prompt_text() const;
    // The catalogue's entries for prompt.exercises, in order (ids it lacks are left out).
    [[nodiscard]] std::vector<const common::Exercise*> offered() const;
    [[nodiscard]] core::TimePoint now() const { return timeline_.now(); }

    platform::Clock& clock_;
    Timeline timeline_;
    const core::Zone& zone_;
    store::Store& store_;
    Publisher& publisher_;
    PromptPresenter& presenter_;
    PromptPresenter& suggestions_;
    platform::ActivitySensor& activity_;
    Inputs& inputs_;
    std::filesystem::path config_path_;
    std::string config_error_;
    config::Settings settings_;
    std::string catalogue_error_;  // before catalogue_: made from its errors first
    config::Catalogue catalogue_;
    core::Engine engine_;
    bool tray_present_{false};
    bool tray_popup_{false};
    bool catching_up_{false};
    std::unique_ptr<platform::Alarm> wake_;
    std::unique_ptr<platform::Alarm> input_check_;
    std::unique_ptr<platform::Alarm> day_change_;
    std::unique_ptr<platform::Alarm> store_retry_;
    std::unique_ptr<platform::Alarm> release_memory_;
    std::unique_ptr<platform::Alarm> call_watch_;  // when the microphones start to matter
    core::Duration store_backoff_{0};  // until the next attempt while the history refuses
    core::Date today_{};
    int today_done_{0};
    core::Duration today_sitting_{0};
    core::Streak streak_;
    core::WeekTally week_;
    core::Streak weekly_streak_;
    std::optional<RunningSession> session_;
    bool suggestion_showing_{false};
    // A spell that starts when the daemon does (a login, a restart) ends no break it saw:
    // a suggestion then would greet the user rather than meet them back from a break.
    bool back_from_break_{false};
    bool pause_watched_{false};  // the idle backend's pause alarm is armed
    platform::CallSensor* calls_;
    bool microphones_watched_{false};
    std::array<bool, 3> quiet_sensed_{};  // by core::Quiet: what the sensors say
    std::string call_problem_;            // why calls cannot be sensed, "" when they can
};

}  // namespace sitbreak::service
