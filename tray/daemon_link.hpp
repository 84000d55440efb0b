#pragma once
// The tray's side of org.sitbreak.Sitbreak1: reads GetStatus when the daemon appears and
// again whenever it says something changed (PropertiesChanged, PromptOpened, PromptClosed);
// notices the daemon leaving and coming back through NameOwnerChanged; never polls. Every
// call is asynchronous, so a hung daemon cannot freeze the tray.
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "tray/daemon_status.hpp"
#include "tray/windows/window_data.hpp"

namespace sitbreak::client {
class NameWatch;
}

namespace sitbreak::tray {

using client::NameWatch;

// How long the tray waits for the daemon's answer to a call: long enough for a loaded
// machine, short enough that a click that failed says so soon.
inline constexpr std::chrono::seconds kCallTimeout{10};

// One sentence for the user when `method` failed: the daemon's own for its refusals, ours
// otherwise.
[[nodiscard]] std::string sentence_for(const char* method, const sdbus::Error& error);

class DaemonLink {
public:
    struct Listener {
        // A new status; nullopt when the daemon left the bus.
        std::function<void(const std::optional<DaemonStatus>&)> status;
        std::function<void(const PromptInfo&)> prompt_opened;
        // Whether prompt_opened waits for the offered exercises from the catalogue (what a
        // popup shows); the tray, whose popup is a process of its own, needs only the id.
        bool prompt_exercises{true};
        std::function<void(std::uint64_t id, const std::string& outcome)> prompt_closed;
        // The user chose "Start now" on the day's suggestion of a session of `routine`.
        std::function<void(const std::string& routine)> session_requested;
        // A command failed: one sentence for the user, e.g. the daemon's refusal.
        std::function<void(const std::string& sentence)> error;
    };

    DaemonLink(sdbus::IConnection& bus, Listener listener);
    ~DaemonLink();
    DaemonLink(const DaemonLink&) = delete;
    DaemonLink& operator=(const DaemonLink&) = delete;

    [[nodiscard]] bool present() const { return present_; }

    void confirm(const std::string& exercise);
    void snooze(std::uint32_t minutes);
    void skip();
    void pause(std::uint32_t seconds);
    void resume();
    void reload_config();
    // GetDays over stats_range(today), GetStreak and GetWeek; `done` gets all three
    // (daily_goal left 0).
    void fetch_stats(const std::string& today, std::function<void(StatsData)> done);
    // GetExercises: the catalogue's records for `ids`, in that order (ids it lacks are left
    // out); `done` does not run when the call fails (the failure is reported).
    void fetch_exercises(std::vector<std::string> ids,
                         std::function<void(std::vector<common::Exercise>)> done);
    // D-Bus activation (StartServiceByName); `failed` runs with the reason if it fails.
    void start_daemon(std::function<void(const std::string& why)> failed);

private:
    class Proxy;
    void appeared(bool present);
    void refresh();
    template <typename... Args>
    void send(const char* method, Args&&... args);
    void call_failed(const char* method, const sdbus::Error& error);

    Listener listener_;
    std::unique_ptr<Proxy> proxy_;
    std::unique_ptr<sdbus::IProxy> bus_proxy_;  // org.freedesktop.DBus
    std::unique_ptr<NameWatch> watch_;
    bool present_{false};
    bool status_in_flight_{false};
    bool status_again_{false};  // something changed while GetStatus was on its way
};

}  // namespace sitbreak::tray
