#include "call_watch.hpp"

#include <spdlog/spdlog.h>

#include "platform/guarded.hpp"

namespace sitbreak::platform {

CallWatch::CallWatch(EventLoop& loop, QuietListener& listener) : listener_{listener} {
    camera_watch_ = std::make_unique<CameraWatch>(loop, [this](bool open) {
        camera_ = open;
        update();
    });
    if (!camera_watch_->problem().empty()) spdlog::info("{}", camera_watch_->problem());
    mic_watch_ = std::make_unique<MicWatch>(
        loop,
        [this](bool recording) {
            recording_ = recording;
            update();
        },
        [this](const std::string& problem) {
            if (problem == mic_problem_) return;
            mic_problem_ = problem;
            guarded("quiet_sensor_problem",
                    [&] { listener_.quiet_sensor_problem(core::Quiet::call, problem); });
        });
}

void CallWatch::update() {
    const bool on = recording_ || camera_;
    if (on == reported_) return;
    reported_ = on;
    spdlog::info("a call {}", on ? "began (a microphone or camera is in use)" : "ended");
    guarded("quiet_changed", [&] { listener_.quiet_changed(core::Quiet::call, on); });
}

}  // namespace sitbreak::platform
