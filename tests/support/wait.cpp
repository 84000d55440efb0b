#include "wait.hpp"

#include <thread>

namespace sitbreak::test {

testing::AssertionResult wait_until(const std::function<bool()>& condition, milliseconds timeout,
                                    std::string_view what, milliseconds interval) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        // Checked once more after the deadline: it may have come true during the last sleep.
        const bool late = Clock::now() >= deadline;
        if (condition()) return testing::AssertionSuccess();
        if (late) {
            return testing::AssertionFailure()
                   << "timed out after " << timeout.count() << " ms waiting for: " << what;
        }
        std::this_thread::sleep_for(interval);
    }
}

}  // namespace sitbreak::test
