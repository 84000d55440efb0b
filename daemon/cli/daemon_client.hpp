#pragma once
// The thin D-Bus layer: one session-bus connection, the generated proxy, and every
// sdbus::Error turned into a DaemonError that says which exit code it means (DESIGN §7).
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

#include "cli/days_format.hpp"
#include "client/programme_dictionary.hpp"
#include "common/exercise.hpp"
#include "common/routine.hpp"

namespace sdbus {
class IConnection;
class Variant;
}

namespace sitbreak::cli {

enum class Failure {
    refused,      // the daemon answered with an error: exit 1, print its sentence
    unreachable,  // no bus, or nobody owns org.sitbreak.Sitbreak1: exit 3
    timed_out,    // the daemon owns the name but did not answer in time: exit 3
    stopped,      // the daemon went away with the call in flight, before answering: exit 3
};

// What a D-Bus error name means for the user. Pure.
[[nodiscard]] Failure classify_error(std::string_view error_name);
[[nodiscard]] int exit_code_for(Failure failure);

// what() is one sentence without the "sitbreak: " prefix, ending with a period.
class DaemonError : public std::runtime_error {
public:
    DaemonError(Failure failure, const std::string& sentence)
        : std::runtime_error{sentence}, failure_{failure} {}
    [[nodiscard]] Failure failure() const { return failure_; }

private:
    Failure failure_;
};

// The sentence for a D-Bus error: the daemon's own for `refused`, how to start or restart
// the daemon otherwise. NoReply is both sd-bus's timeout and the bus saying the daemon
// left without answering: `elapsed` (how long the call took) tells them apart.
[[nodiscard]] DaemonError daemon_error(std::string_view name, std::string_view message,
                                       std::chrono::milliseconds timeout,
                                       std::chrono::milliseconds elapsed);

// What a confirmation did (ConfirmOnce's reply).
struct ConfirmReply {
    bool saved{true};      // on disk; false: held in memory by the daemon
    bool repeated{false};  // counted already, by a call whose reply was lost
    bool retried{false};   // the daemon stopped during the first call; this is the second
    std::string problem;   // why it is not on disk
};

class DaemonClient {
public:
    // Short, so that a hung daemon does not hang a status bar (sd-bus's default is 25 s).
    static constexpr std::chrono::milliseconds call_timeout{5000};
    // Exporting ten years of events can take longer than a status call.
    static constexpr std::chrono::milliseconds export_timeout{30000};

    // Opens the session bus ($DBUS_SESSION_BUS_ADDRESS); throws DaemonError(unreachable).
    DaemonClient();
    ~DaemonClient();
    DaemonClient(const DaemonClient&) = delete;
    DaemonClient& operator=(const DaemonClient&) = delete;

    // Each throws DaemonError.
    // How long a confirmation waits for a daemon that stopped during the call to be back
    // (systemd restarts it, or D-Bus activation starts it).
    static constexpr std::chrono::milliseconds come_back_timeout{15000};

    // GetStatus as the bus carries it: client::parse_status reads it for people,
    // dict_json (variant_json.hpp) passes every key on for scripts.
    [[nodiscard]] std::map<std::string, sdbus::Variant> status();
    // ConfirmOnce with a fresh token. If the daemon stops before it answers, the same
    // token is sent once more when it is back: counted once either way.
    [[nodiscard]] ConfirmReply confirm(const std::string& exercise);
    void snooze(std::uint32_t minutes);
    void skip();
    void pause(std::uint32_t seconds);
    void resume();
    void prompt_now();
    [[nodiscard]] DayRows days(const std::string& from, const std::string& to);
    void set_rest_day(const std::string& date);
    void clear_rest_day(const std::string& date);
    [[nodiscard]] std::string export_history(const std::string& format);
    [[nodiscard]] std::vector<common::Exercise> exercises();  // GetExercises
    // The programme (DESIGN §14.3).
    [[nodiscard]] std::vector<common::Routine> routines();  // GetRoutines
    [[nodiscard]] std::uint64_t start_session(const std::string& routine);
    void record_session_item(std::uint64_t id, std::uint32_t position, std::uint32_t sets_done,
                             std::uint32_t amount_done, bool skipped);
    void finish_session(std::uint64_t id, const std::string& outcome);
    [[nodiscard]] client::Week week();  // GetWeek
    struct StepOffer {
        std::string exercise;
        std::int32_t step{0};
        std::uint32_t amount{0};
        std::uint32_t next_amount{0};
    };
    [[nodiscard]] std::vector<StepOffer> step_offers(const std::string& routine);
    void answer_step(const std::string& routine, const std::string& exercise,
                     const std::string& answer);

private:
    class Proxy;
    template <typename Call>
    decltype(auto) call(Call&& body, std::chrono::milliseconds timeout = call_timeout);
    [[nodiscard]] ConfirmReply confirm_once(const std::string& exercise, const std::string& token);

    std::unique_ptr<sdbus::IConnection> connection_;
    std::unique_ptr<Proxy> proxy_;
};

}  // namespace sitbreak::cli
