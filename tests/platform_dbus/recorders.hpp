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

struct IdleRecorder final : platform::IdleListener {
    std::vector<core::TimePoint> idle_since;
    std::vector<core::TimePoint> active_at;
    void user_active(core::TimePoint at) override { active_at.push_back(at); }
    void user_idle(core::TimePoint since) override { idle_since.push_back(since); }
};

struct SessionRecorder final : platform::SessionListener {
    std::vector<core::TimePoint> locked;
    std::vector<core::TimePoint> unlocked;
    std::vector<std::pair<core::TimePoint, core::TimePoint>> slept;
    void session_locked(core::TimePoint at) override { locked.push_back(at); }
    void session_unlocked(core::TimePoint at) override { unlocked.push_back(at); }
    void system_slept(core::TimePoint from, core::TimePoint to) override {
        slept.emplace_back(from, to);
    }
};

}  // namespace sitbreak::test
