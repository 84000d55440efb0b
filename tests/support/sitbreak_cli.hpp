#pragma once
// The real `sitbreak` CLI against a daemon under test: what the integration and gui fixtures
// use to check the daemon's state, as a user or a status bar would read it.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace sitbreak::test {

class SitbreakCli {
public:
    // `env`: the daemon's session bus, XDG directories and display.
    explicit SitbreakCli(Env env) : env_{std::move(env)} {}

    // `sitbreak args...`, run to the end.
    [[nodiscard]] RunResult run(std::vector<std::string> args) const;
    // `sitbreak status --json`, parsed; fails the test (and is {}) when it does not answer.
    [[nodiscard]] nlohmann::json status() const;
    // Until `condition` holds for `sitbreak status --json`; the message names the last status.
    [[nodiscard]] testing::AssertionResult wait_for_status(
        const std::function<bool(const nlohmann::json&)>& condition, const std::string& what,
        std::chrono::milliseconds timeout = std::chrono::milliseconds{10000}) const;
    [[nodiscard]] testing::AssertionResult wait_for_state(
        const std::string& state,
        std::chrono::milliseconds timeout = std::chrono::milliseconds{10000}) const;
    // Until the daemon answers `sitbreak status` on the bus (10 s).
    [[nodiscard]] bool wait_for_daemon() const;

private:
    Env env_;
};

}  // namespace sitbreak::test
