#pragma once
// Pieces the X11 adapter tests share: listeners that record what they are told, a
// connection to the test's Xvfb, and real input from xdotool.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "platform/event_loop.hpp"
#include "platform/idle_source.hpp"
#include "platform/quiet_listener.hpp"
#include "client/wall_clock.hpp"
#include "platform/x11/x11_connection.hpp"
#include "support/process.hpp"

namespace sitbreak::test {

using Steady = std::chrono::steady_clock;

struct IdleReport {
    bool idle;           // user_idle, else user_active
    core::TimePoint at;  // `since` for user_idle, `at` for user_active
    Steady::time_point seen;
};

// The backends say how long ago; `at` is when, by the wall clock at the report.
class RecordingIdleListener final : public platform::IdleListener {
public:
    void user_active(core::Duration ago) override {
        reports.push_back({false, client::wall_now() - ago, Steady::now()});
    }
    void user_idle(core::Duration idle_for) override {
        reports.push_back({true, client::wall_now() - idle_for, Steady::now()});
    }
    void idle_backend_changed() override {}
    void user_paused() override { pauses.push_back(Steady::now()); }
    std::vector<IdleReport> reports;
    std::vector<Steady::time_point> pauses;
};

struct QuietReport {
    core::Quiet reason;
    bool on;
};

class RecordingQuietListener final : public platform::QuietListener {
public:
    void quiet_changed(core::Quiet reason, bool on) override { reports.push_back({reason, on}); }
    std::vector<QuietReport> reports;
};

// Connects to `display`; throws if it cannot.
inline std::unique_ptr<platform::X11Connection> connect(platform::EventLoop& loop,
                                                        const std::string& display) {
    std::string problem;
    auto connection = platform::X11Connection::open(loop, problem, display.c_str());
    if (!connection) throw std::runtime_error{problem};
    return connection;
}

// One real input event (XTEST through xdotool): resets the server's idle time.
inline void nudge_mouse(const std::string& display) {
    ASSERT_EQ(run({"xdotool", "mousemove_relative", "1", "1"}, {{"DISPLAY", display}}).exit_code,
              0);
}

// Types `count` keys, one every `every`, in the background.
inline Process type_keys(const std::string& display, int count, std::chrono::milliseconds every) {
    std::vector<std::string> args{"xdotool", "key", "--delay", std::to_string(every.count())};
    for (int i = 0; i < count; ++i) args.emplace_back("a");
    ProcessOptions options;
    options.env = {{"DISPLAY", display}};
    return Process{std::move(args), std::move(options)};
}

}  // namespace sitbreak::test
