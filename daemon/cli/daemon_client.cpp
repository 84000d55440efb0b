#include "cli/daemon_client.hpp"

#include <sdbus-c++/sdbus-c++.h>

#include <array>
#include <thread>
#include <tuple>

#include "cli/command.hpp"
#include "cli/variant_json.hpp"
#include "client/bus_names.hpp"
#include "client/call_failure.hpp"
#include "client/confirm_token.hpp"
#include "client/exercise_dictionary.hpp"
#include "common/i18n.hpp"
#include "sitbreak1_proxy.h"

namespace sitbreak::cli {

namespace {

constexpr const char* bus_name = client::kBusName;
constexpr const char* object_path = client::kObjectPath;

std::string not_running() {
    return common::tr(
        "the daemon is not running; start it with \"systemctl --user start sitbreakd\" or run "
        "\"sitbreakd &\".");
}

}  // namespace

Failure classify_error(std::string_view name) {
    switch (client::classify_call_failure(name)) {
    case client::CallFailure::unreachable: return Failure::unreachable;
    case client::CallFailure::timed_out: return Failure::timed_out;
    case client::CallFailure::refused: break;
    }
    return Failure::refused;
}

int exit_code_for(Failure failure) {
    return failure == Failure::refused ? exit_refused : exit_unreachable;
}

DaemonError daemon_error(std::string_view name, std::string_view message,
                         std::chrono::milliseconds timeout, std::chrono::milliseconds elapsed) {
    Failure failure = classify_error(name);
    // A NoReply well before the timeout is the bus saying the daemon left.
    if (failure == Failure::timed_out && elapsed < timeout * 9 / 10) failure = Failure::stopped;
    switch (failure) {
    case Failure::unreachable: return DaemonError{failure, not_running()};
    case Failure::timed_out:
        return DaemonError{failure, common::tr_format("the daemon did not answer within {} "
                                                      "seconds; restart it with \"systemctl "
                                                      "--user restart sitbreakd\".",
                                                      timeout.count() / 1000)};
    case Failure::stopped:
        return DaemonError{failure,
                           common::tr_format("the daemon stopped {} ms into the call, before it "
                                             "answered, so it may or may not have been done; check "
                                             "with \"sitbreak status\" once it runs again.",
                                             elapsed.count())};
    case Failure::refused: break;
    }
    return DaemonError{failure, client::refusal_sentence(name, message)};
}

// The generated proxy. registerProxy() is deliberately not called: the CLI makes one
// call and listens to no signal, so it should not add match rules to the bus.
class DaemonClient::Proxy final : public sdbus::ProxyInterfaces<org::sitbreak::Sitbreak1_proxy> {
public:
    explicit Proxy(sdbus::IConnection& connection)
        : ProxyInterfaces{connection, bus_name, object_path} {}

private:
    void onPromptOpened(const uint64_t&, const std::vector<std::string>&,
                        const std::string&) override {}
    void onPromptClosed(const uint64_t&, const std::string&) override {}
    void onSessionSuggested(const std::string&, const std::string&) override {}
    void onSessionRequested(const std::string&) override {}
    void onSessionStarted(const uint64_t&, const std::string&) override {}
    void onSessionFinished(const uint64_t&, const std::string&) override {}
};

DaemonClient::DaemonClient() {
    try {
        connection_ = sdbus::createSessionBusConnection();
        proxy_ = std::make_unique<Proxy>(*connection_);
    } catch (const sdbus::Error&) {
        // No session bus, an address that does not work, or a socket nobody listens on:
        // whatever the errno, there is no daemon to reach.
        throw DaemonError{Failure::unreachable, not_running()};
    }
}

DaemonClient::~DaemonClient() = default;

template <typename Call>
decltype(auto) DaemonClient::call(Call&& body, std::chrono::milliseconds timeout) {
    const auto started = std::chrono::steady_clock::now();
    try {
        connection_->setMethodCallTimeout(timeout);
        return body(*proxy_);
    } catch (const sdbus::Error& error) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        throw daemon_error(error.getName(), error.getMessage(), timeout, elapsed);
    }
}

std::map<std::string, sdbus::Variant> DaemonClient::status() {
    return call([](Proxy& proxy) { return proxy.GetStatus(); });
}

ConfirmReply DaemonClient::confirm_once(const std::string& exercise, const std::string& token) {
    const auto reply =
        dict_json(call([&](Proxy& proxy) { return proxy.ConfirmOnce(exercise, token); }));
    ConfirmReply result;
    result.saved = reply.value("saved", true);
    result.repeated = reply.value("repeated", false);
    result.problem = reply.value("problem", std::string{});
    return result;
}

ConfirmReply DaemonClient::confirm(const std::string& exercise) {
    const std::string token = client::confirm_token();
    try {
        return confirm_once(exercise, token);
    } catch (const DaemonError& error) {
        if (error.failure() != Failure::stopped) throw;
    }
    // It may have been counted before the daemon stopped: the same token, once the daemon
    // is back, tells. Calls that find no daemon yet never reached one.
    const auto give_up = std::chrono::steady_clock::now() + come_back_timeout;
    for (;;) {
        try {
            ConfirmReply reply = confirm_once(exercise, token);
            reply.retried = true;
            return reply;
        } catch (const DaemonError& error) {
            if (error.failure() != Failure::unreachable ||
                std::chrono::steady_clock::now() > give_up) {
                throw DaemonError{Failure::stopped,
                                  "the daemon stopped before it answered and did not come back "
                                  "within 15 seconds, so it may or may not have counted this; "
                                  "check with \"sitbreak status\" once it runs again."};
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
}

void DaemonClient::snooze(std::uint32_t minutes) {
    call([&](Proxy& proxy) { proxy.Snooze(minutes); });
}

void DaemonClient::skip() {
    call([](Proxy& proxy) { proxy.Skip(); });
}

void DaemonClient::pause(std::uint32_t seconds) {
    call([&](Proxy& proxy) { proxy.Pause(seconds); });
}

void DaemonClient::resume() {
    call([](Proxy& proxy) { proxy.Resume(); });
}

void DaemonClient::prompt_now() {
    call([](Proxy& proxy) { proxy.PromptNow(); });
}

std::vector<common::Exercise> DaemonClient::exercises() {
    const auto entries = call([](Proxy& proxy) { return proxy.GetExercises(); });
    std::vector<common::Exercise> exercises;
    for (const auto& entry : entries) exercises.push_back(client::exercise_from_dictionary(entry));
    return exercises;
}

std::vector<common::Routine> DaemonClient::routines() {
    const auto entries = call([](Proxy& proxy) { return proxy.GetRoutines(); });
    std::vector<common::Routine> routines;
    for (const auto& entry : entries) routines.push_back(client::routine_from_dictionary(entry));
    return routines;
}

std::uint64_t DaemonClient::start_session(const std::string& routine) {
    return call([&](Proxy& proxy) { return proxy.StartSession(routine); });
}

void DaemonClient::record_session_item(std::uint64_t id, std::uint32_t position,
                                       std::uint32_t sets_done, std::uint32_t amount_done,
                                       bool skipped) {
    call([&](Proxy& proxy) {
        proxy.RecordSessionItem(id, position, sets_done, amount_done, skipped);
    });
}

void DaemonClient::finish_session(std::uint64_t id, const std::string& outcome) {
    call([&](Proxy& proxy) { proxy.FinishSession(id, outcome, {}); });
}

std::vector<DaemonClient::StepOffer> DaemonClient::step_offers(const std::string& routine) {
    const auto entries = call([&](Proxy& proxy) { return proxy.GetStepOffers(routine); });
    std::vector<StepOffer> offers;
    for (const auto& entry : entries) {
        const nlohmann::json read = dict_json(entry);
        offers.push_back({read.value("exercise", std::string{}), read.value("step", 0),
                          read.value("amount", 0u), read.value("next_amount", 0u)});
    }
    return offers;
}

void DaemonClient::answer_step(const std::string& routine, const std::string& exercise,
                               const std::string& answer) {
    call([&](Proxy& proxy) { proxy.AnswerStep(routine, exercise, answer); });
}

client::Week DaemonClient::week() {
    return client::week_from_dictionary(call([](Proxy& proxy) { return proxy.GetWeek(); }));
}

DayRows DaemonClient::days(const std::string& from, const std::string& to) {
    const auto table = call([&](Proxy& proxy) { return proxy.GetDayTable(from, to); });
    DayRows days;
    days.reserve(table.size());
    for (const auto& row : table) days.push_back(client::from_table_row(row));
    return days;
}

void DaemonClient::set_rest_day(const std::string& date) {
    call([&](Proxy& proxy) { proxy.SetRestDay(date); });
}

void DaemonClient::clear_rest_day(const std::string& date) {
    call([&](Proxy& proxy) { proxy.ClearRestDay(date); });
}

std::string DaemonClient::export_history(const std::string& format) {
    return call([&](Proxy& proxy) { return proxy.Export(format); }, export_timeout);
}

}  // namespace sitbreak::cli
