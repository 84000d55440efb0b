#pragma once
// Waiting for a condition in tests: poll it, never sleep a fixed time and hope.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string_view>

namespace sitbreak::test {

using std::chrono::milliseconds;

// Polls `condition` every `interval` until it holds (success) or `timeout` passes (a failure
// naming `what` and the time waited). Use as ASSERT_TRUE(wait_until(...)).
[[nodiscard]] testing::AssertionResult wait_until(const std::function<bool()>& condition,
                                                  milliseconds timeout, std::string_view what,
                                                  milliseconds interval = milliseconds{20});

}  // namespace sitbreak::test
