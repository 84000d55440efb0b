#include "support/sitbreak_cli.hpp"

#include "support/wait.hpp"

namespace sitbreak::test {

using std::chrono::milliseconds;

RunResult SitbreakCli::run(std::vector<std::string> args) const {
    args.insert(args.begin(), SITBREAK_PATH);
    return test::run(std::move(args), env_);
}

nlohmann::json SitbreakCli::status() const {
    const RunResult result = run({"status", "--json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    if (result.exit_code != 0) return nlohmann::json::object();
    return nlohmann::json::parse(result.out);
}

testing::AssertionResult SitbreakCli::wait_for_status(
    const std::function<bool(const nlohmann::json&)>& condition, const std::string& what,
    milliseconds timeout) const {
    std::string last;
    auto result = wait_until(
        [&] {
            const RunResult r = run({"status", "--json"});
            if (r.exit_code != 0) return false;
            const auto json = nlohmann::json::parse(r.out);
            last = json.dump();
            return condition(json);
        },
        timeout, what, milliseconds{100});
    return result ? result : result << " (last status: " << last << ")";
}

testing::AssertionResult SitbreakCli::wait_for_state(const std::string& state,
                                                     milliseconds timeout) const {
    return wait_for_status([&](const nlohmann::json& json) { return json["state"] == state; },
                           "state " + state, timeout);
}

bool SitbreakCli::wait_for_daemon() const {
    return static_cast<bool>(wait_until([&] { return run({"status"}).exit_code == 0; },
                                        milliseconds{10000}, "sitbreakd answers on the bus"));
}

}  // namespace sitbreak::test
