#pragma once
// What the platform senses, on its way to the service. The sensors are made before the
// service (it is handed the ones it asks questions of), so they report to an Inputs; the
// service connects itself when it is made and disconnects when it goes. Reports before
// that are dropped: none come before the event loop runs.
#include "platform/idle_source.hpp"
#include "platform/notifier.hpp"
#include "platform/quiet_listener.hpp"
#include "platform/session_watcher.hpp"

namespace sitbreak::service {

// Everything the service hears from the platform.
class Sensed : public platform::IdleListener,
               public platform::SessionListener,
               public platform::QuietListener,
               public platform::NotifierListener {};

class Inputs final : public Sensed {
public:
    void connect(Sensed* target) { target_ = target; }

    void user_active(core::Duration ago) override {
        if (target_) target_->user_active(ago);
    }
    void user_idle(core::Duration idle_for) override {
        if (target_) target_->user_idle(idle_for);
    }
    void idle_backend_changed() override {
        if (target_) target_->idle_backend_changed();
    }
    void user_paused() override {
        if (target_) target_->user_paused();
    }
    void session_locked() override {
        if (target_) target_->session_locked();
    }
    void session_unlocked() override {
        if (target_) target_->session_unlocked();
    }
    void system_suspending() override {
        if (target_) target_->system_suspending();
    }
    void system_resumed() override {
        if (target_) target_->system_resumed();
    }
    void quiet_changed(core::Quiet reason, bool on) override {
        if (target_) target_->quiet_changed(reason, on);
    }
    void quiet_sensor_problem(core::Quiet reason, const std::string& problem) override {
        if (target_) target_->quiet_sensor_problem(reason, problem);
    }
    void notification_action(core::PromptId prompt, const std::string& action) override {
        if (target_) target_->notification_action(prompt, action);
    }

private:
    Sensed* target_{nullptr};
};

}  // namespace sitbreak::service
