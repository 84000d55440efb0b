#pragma once
// The daemon's heart: feeds what the platform senses into the engine, writes what the
// engine decides into the store, and tells the desktop (bus signals, notifications).
// One thread; every method runs on the event loop.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "config/settings.hpp"
#include "core/engine.hpp"
#include "platform/event_loop.hpp"
#include "platform/idle_source.hpp"
#include "platform/notifier.hpp"
#include "platform/quiet_listener.hpp"
#include "platform/session_watcher.hpp"
#include "platform/wall_clock.hpp"
#include "service/status_snapshot.hpp"
#include "store/store.hpp"

namespace sitbreak::service {

// What the service tells the outside world; the bus object implements it.
class Publisher {
public:
    virtual ~Publisher() = default;
    virtual void prompt_opened(core::PromptId id, const std::vector<core::Exercise>& exercises,
                               const std::string& text) = 0;
    virtual void prompt_closed(core::PromptId id, core::Outcome outcome) = 0;
    virtual void status_changed() = 0;  // properties may have changed
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

struct ServiceOptions {
    std::filesystem::path config_path;
    std::filesystem::path database_path;
};

class Service final : public platform::IdleListener,
                      public platform::SessionListener,
                      public platform::QuietListener,
                      public platform::NotifierListener {
public:
    Service(platform::EventLoop& loop, ServiceOptions options);
    ~Service() override;

    void set_publisher(Publisher* publisher) { publisher_ = publisher; }
    void set_presenter(PromptPresenter* presenter) { presenter_ = presenter; }
    void set_idle_source(std::unique_ptr<platform::IdleSource> source, std::string problem);
    // Whether the tray owns org.sitbreak.Tray: with prompt.style auto it shows prompts.
    void set_tray_present(bool present);
    // Runs first whenever something happens (a suspend is noticed only on waking up).
    void set_wake_check(std::function<void()> check) { wake_check_ = std::move(check); }

    // Commands (D-Bus, CLI, tray, notification actions); nullopt means done.
    std::optional<core::Refusal> confirm(core::Exercise exercise);
    std::optional<core::Refusal> snooze(std::optional<core::Duration> length);
    std::optional<core::Refusal> skip();
    std::optional<core::Refusal> pause(std::optional<core::Duration> length);
    std::optional<core::Refusal> resume();
    std::optional<core::Refusal> prompt_now();
    void mark_rest_day(core::Date date);
    // Reads the config file again; false (and the error kept for status) when it is bad.
    bool reload_config();
    void shutdown();
    // A large reply (GetDays, Export) leaves its heap behind: give it back to the system
    // once the reply has been sent.
    void release_memory_soon();

    [[nodiscard]] StatusSnapshot status() const;
    [[nodiscard]] core::Date today() const;
    [[nodiscard]] const config::Settings& settings() const { return settings_; }
    [[nodiscard]] store::Store* store() { return store_.get(); }

    // platform listeners
    void user_active(core::TimePoint at) override;
    void user_idle(core::TimePoint since) override;
    void session_locked(core::TimePoint at) override;
    void session_unlocked(core::TimePoint at) override;
    void system_slept(core::TimePoint from, core::TimePoint to) override;
    void quiet_changed(core::Quiet reason, bool on) override;
    void notification_action(core::PromptId prompt, const std::string& action) override;

private:
    template <class Command>
    std::optional<core::Refusal> run(Command command);
    void settle();
    void catch_up();
    void record(const core::Event& event);
    void retry_store();
    void present(const core::Event& event);
    void show_notification(core::PromptId prompt, int snoozes_left);
    void refresh_today();
    void arm_timers();
    void on_wake();
    void check_input();
    void arm_confirmation_check();
    void log_refusal(std::string_view command, std::optional<core::Refusal> refusal) const;
    [[nodiscard]] bool tray_shows_prompts() const;
    [[nodiscard]] std::string prompt_text() const;

    platform::EventLoop& loop_;
    ServiceOptions options_;
    platform::LocalZone zone_;
    // Each problem string comes before what it describes: the constructor fills it while
    // initializing that member.
    std::string config_error_;
    config::Settings settings_;
    std::string store_problem_;
    std::unique_ptr<store::Store> store_;
    core::Engine engine_;
    std::unique_ptr<platform::IdleSource> idle_;
    std::string idle_problem_;
    Publisher* publisher_{nullptr};
    PromptPresenter* presenter_{nullptr};
    bool tray_present_{false};
    std::function<void()> wake_check_;
    bool catching_up_{false};
    std::optional<core::TimePoint> last_sleep_end_;
    std::unique_ptr<platform::Timer> wake_;
    std::unique_ptr<platform::Timer> input_check_;
    std::unique_ptr<platform::Timer> day_change_;
    std::unique_ptr<platform::Timer> store_retry_;
    std::unique_ptr<platform::Timer> release_memory_;
    core::Date today_{};
    int today_done_{0};
    core::Duration today_sitting_{0};
    core::Streak streak_;
};

}  // namespace sitbreak::service
