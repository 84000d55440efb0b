#pragma once
// The real Service with its seams filled by hand (issue 12): a clock the test moves, a real
// store in a temporary directory, stand-ins for the bus and the notification server that
// write down what they were told, and an idle backend that says what the test types.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "config/shipped_catalogue.hpp"
#include "service/service.hpp"
#include "support/temp_dir.hpp"
#include "test_clock.hpp"

namespace sitbreak::test {

using core::Duration;
using core::TimePoint;

struct RecordingPublisher final : service::Publisher {
    std::vector<core::PromptId> opened;
    std::vector<std::pair<core::PromptId, core::Outcome>> closed;
    int changes{0};
    void prompt_opened(core::PromptId id, const std::vector<core::ExerciseId>&,
                       const std::string&) override {
        opened.push_back(id);
    }
    void prompt_closed(core::PromptId id, core::Outcome outcome) override {
        closed.emplace_back(id, outcome);
    }
    void status_changed(const service::StatusSnapshot&) override { ++changes; }
    std::vector<std::string> suggested;  // routines
    std::vector<std::string> requested;
    void session_suggested(const std::string& routine, const std::string&) override {
        suggested.push_back(routine);
    }
    void session_requested(const std::string& routine) override { requested.push_back(routine); }
};

struct RecordingPresenter final : service::PromptPresenter {
    std::vector<platform::PromptNotice> shown;
    int closes{0};
    void show(const platform::PromptNotice& notice) override { shown.push_back(notice); }
    void close() override { ++closes; }
    [[nodiscard]] std::string describe() const override { return "desktop notifications"; }
};

// Idle time from the test's own record of input, on the monotonic clock.
struct ScriptedActivity final : platform::ActivitySensor {
    explicit ScriptedActivity(const TestClock& clock) : clock{clock} {}
    [[nodiscard]] std::optional<Duration> idle_time() override {
        if (lost) return std::nullopt;
        return floor<seconds>(clock.steady().monotonic - last_input);
    }
    void set_threshold(Duration) override {}
    bool watch_pause(std::optional<Duration> length) override {
        pause = length;
        return can_pause;
    }
    [[nodiscard]] std::string backend() const override { return lost ? "none" : "test"; }
    [[nodiscard]] std::string problem() const override { return lost ? "the test lost it" : ""; }
    void touch() { last_input = clock.steady().monotonic; }

    const TestClock& clock;
    nanoseconds last_input{0};
    bool lost{false};
    // Without a pause alarm a prompt shows when due, as on a backend that has none.
    bool can_pause{false};
    std::optional<Duration> pause;  // the alarm the service armed
};

// The local zone, settable by the test (a time zone change).
struct SettableZone final : core::Zone {
    Duration offset{0};
    [[nodiscard]] Duration utc_offset(TimePoint) const override { return offset; }
};

// Durations that keep the tests short: a prompt after 10 min, a break after 2 min.
inline config::Settings short_settings() {
    config::Settings settings;
    settings.rules.limit = minutes{10};
    settings.rules.break_after = minutes{2};
    settings.rules.repeat_every = hours{1};
    return settings;
}

// Monday 2026-03-02, 09:00 UTC.
inline constexpr sys_seconds kStart{sys_days{year{2026} / March / 2} + hours{9}};

class ServiceTest : public ::testing::Test {
protected:
    void start(config::Settings settings = short_settings()) {
        service_ = std::make_unique<service::Service>(service::ServiceParts{
            clock_, zone_, *store_, config::LoadResult{std::move(settings), {}},
            dir_ / "config.toml", publisher_, presenter_, activity_, inputs_, suggestions_,
            catalogue(), calls_});
    }
    // The shipped catalogue and the test's exercises.toml (if it wrote one).
    config::Catalogue catalogue() const {
        return config::load_catalogue(
            config::CatalogueFile{std::string{config::shipped_catalogue_text()}, "catalogue.toml",
                                  dir_ / "figures"},
            dir_ / "exercises.toml");
    }
    // Opens the history at `path` instead, which may be impossible (a held history).
    void use_history_at(std::filesystem::path path) {
        history_ = std::move(path);
        store_ = std::make_unique<store::Store>(store::Store::open_or_hold(history_, kStart));
    }

    // The user types for `d`: the first key wakes the idle backend, then it keeps quiet.
    void type_for(seconds d) {
        if (!typing_) {
            activity_.touch();
            typing_ = true;
            inputs_.user_active(Duration{0});
        }
        for (seconds s{0}; s < d; ++s) {
            clock_.advance(seconds{1});
            activity_.touch();
        }
    }
    // The user leaves for `d` (at least break_after): the backend reports the idle spell.
    void away_for(seconds d) {
        typing_ = false;
        const seconds threshold = service_->settings().rules.break_after;
        clock_.advance(threshold);
        inputs_.user_idle(threshold);
        clock_.advance(d - threshold);
    }
    [[nodiscard]] service::StatusSnapshot status() { return service_->status(); }
    [[nodiscard]] core::State state() { return status().engine.state; }
    // A read-only look at the history file.
    [[nodiscard]] SQLite::Database peek() const {
        return SQLite::Database{history_, SQLite::OPEN_READONLY};
    }

    platform::CallSensor* calls_{nullptr};  // none unless a test sets one before start()
    TempDir dir_{"service"};
    std::filesystem::path history_ = dir_ / "data" / "sitbreak.db";
    TestClock clock_{system_clock::time_point{kStart.time_since_epoch()}};
    SettableZone zone_;
    std::unique_ptr<store::Store> store_ =
        std::make_unique<store::Store>(store::Store::open_or_hold(history_, kStart));
    RecordingPublisher publisher_;
    RecordingPresenter presenter_;
    RecordingPresenter suggestions_;  // the day's suggestion of a session
    ScriptedActivity activity_{clock_};
    service::Inputs inputs_;
    std::unique_ptr<service::Service> service_;
    bool typing_{false};
};

}  // namespace sitbreak::test
