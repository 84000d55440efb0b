#include "call_watch.hpp"

#include <spdlog/spdlog.h>

#include "platform/guarded.hpp"

namespace sitbreak::platform {

CallWatch::CallWatch(EventLoop& loop, QuietListener& listener)
    : listener_{listener},
      microphones_{loop, MicHelper::Listener{
                             .changed =
                                 [this](bool recording) {
                                     if (!wanted_) return end_first_look();
                                     recording_ = recording;
                                     update();
                                 },
                             .problem =
                                 [this](const std::string& problem) {
                                     microphone_problem(problem);
                                     if (!wanted_) end_first_look();
                                 },
                             .ended =
                                 [this](const std::string& why) {
                                     recording_ = false;
                                     microphone_problem("the microphone watcher stopped: " + why);
                                     update();
                                 }}} {
    camera_watch_ = std::make_unique<CameraWatch>(loop, [this](bool open) {
        camera_ = open;
        update();
    });
    if (!camera_watch_->problem().empty()) spdlog::info("{}", camera_watch_->problem());
    std::string why;
    if (!microphones_.start(why)) microphone_problem(why);
}

void CallWatch::watch_microphones(bool on) {
    if (on == wanted_) return;
    wanted_ = on;
    if (!on) {
        microphones_.stop();
        recording_ = false;
        update();
        return;
    }
    std::string why;
    if (!microphones_.start(why)) microphone_problem(why);
}

void CallWatch::end_first_look() { microphones_.stop(); }

void CallWatch::microphone_problem(const std::string& problem) {
    if (problem == mic_problem_) return;
    mic_problem_ = problem;
    guarded("quiet_sensor_problem",
            [&] { listener_.quiet_sensor_problem(core::Quiet::call, problem); });
}

void CallWatch::update() {
    const bool on = recording_ || camera_;
    if (on == reported_) return;
    reported_ = on;
    spdlog::info("a call {}", on ? "began (a microphone or camera is in use)" : "ended");
    guarded("quiet_changed", [&] { listener_.quiet_changed(core::Quiet::call, on); });
}

}  // namespace sitbreak::platform
