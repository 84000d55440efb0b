#pragma once
// Listeners that write down what the adapters told them, for the tests to compare.
#include <string>
#include <utility>
#include <vector>

#include "core/time.hpp"
#include "platform/idle_source.hpp"
#include "platform/notifier.hpp"
#include "platform/quiet_listener.hpp"
#include "platform/session_watcher.hpp"
#include "client/wall_clock.hpp"

namespace sitbreak::test {

struct ActionRecorder final : platform::NotifierListener {
    std::vector<std::pair<core::PromptId, std::string>> actions;
    void notification_action(core::PromptId prompt, const std::string& action) override {
        actions.emplace_back(prompt, action);
    }
};

struct QuietRecorder final : platform::QuietListener {
    std::vector<std::pair<core::Quiet, bool>> changes;
    void quiet_changed(core::Quiet reason, bool on) override { changes.emplace_back(reason, on); }
};

// The adapters say how long ago; these write down when, by the wall clock at the report.
struct IdleRecorder final : platform::IdleListener {
    std::vector<core::TimePoint> idle_since;
    std::vector<core::TimePoint> active_at;
    int backend_changes{0};
    void user_active(core::Duration ago) override {
        active_at.push_back(client::wall_now() - ago);
    }
    void user_idle(core::Duration idle_for) override {
        idle_since.push_back(client::wall_now() - idle_for);
    }
    void idle_backend_changed() override { ++backend_changes; }
    void user_paused() override { pauses.push_back(client::wall_now()); }
    std::vector<core::TimePoint> pauses;
};

struct SessionRecorder final : platform::SessionListener {
    std::vector<core::TimePoint> locked;
    std::vector<core::TimePoint> unlocked;
    int suspending{0};
    int resumed{0};
    void session_locked() override { locked.push_back(client::wall_now()); }
    void session_unlocked() override { unlocked.push_back(client::wall_now()); }
    void system_suspending() override { ++suspending; }
    void system_resumed() override { ++resumed; }
};

}  // namespace sitbreak::test
