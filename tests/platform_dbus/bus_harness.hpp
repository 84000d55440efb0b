#pragma once
// One test's private session bus, a connection to it glued to a real EventLoop the way
// the daemon does it (EventLoop::attach), and ways to run that loop until something holds.
#include <sdbus-c++/IConnection.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string_view>

#include "platform/event_loop.hpp"
#include "support/loop_runner.hpp"
#include "support/session_bus.hpp"
#include "support/wait.hpp"

namespace sitbreak::test {

class BusHarness {
public:
    BusHarness()
        : connection_{sdbus::createSessionBusConnectionWithAddress(bus_.address())},
          attachment_{loop_.attach(*connection_)} {}

    [[nodiscard]] sdbus::IConnection& connection() { return *connection_; }
    [[nodiscard]] platform::EventLoop& loop() { return loop_; }
    [[nodiscard]] const std::string& address() const { return bus_.address(); }

    // For conditions our own bus traffic makes true: checked on every loop iteration.
    [[nodiscard]] bool run_until(const std::function<bool()>& condition,
                                 milliseconds timeout = milliseconds{10000}) {
        return runner_.run_until(condition, timeout);
    }
    // For conditions another process makes true (dunst's state): the loop runs in short
    // slices between checks, so replies and signals keep flowing meanwhile.
    [[nodiscard]] testing::AssertionResult eventually(const std::function<bool()>& condition,
                                                      std::string_view what,
                                                      milliseconds timeout = milliseconds{10000}) {
        return wait_until(
            [&] {
                runner_.run_for(milliseconds{10});
                return condition();
            },
            timeout, what, milliseconds{1});
    }
    // Lets queued replies and signals be handled, for checks that something did NOT happen.
    void settle(milliseconds duration = milliseconds{200}) { runner_.run_for(duration); }

private:
    SessionBus bus_;
    platform::EventLoop loop_;
    std::unique_ptr<sdbus::IConnection> connection_;
    platform::EventLoop::BusAttachment attachment_;
    LoopRunner runner_{loop_};
};

}  // namespace sitbreak::test
