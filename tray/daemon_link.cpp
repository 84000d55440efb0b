#include "tray/daemon_link.hpp"

#include <sdbus-c++/sdbus-c++.h>

#include <chrono>
#include <tuple>
#include <utility>
#include <vector>

#include "client/bus_names.hpp"
#include "client/call_failure.hpp"
#include "client/confirm_token.hpp"
#include "client/exercise_dictionary.hpp"
#include "client/name_watch.hpp"
#include "client/programme_dictionary.hpp"
#include "common/i18n.hpp"
#include "sitbreak1_proxy.h"
#include "tray/guarded.hpp"
#include "tray/stats_request.hpp"

namespace sitbreak::tray {

namespace {

using client::kBusName;
using client::kObjectPath;
constexpr const char* kInterface = org::sitbreak::Sitbreak1_proxy::INTERFACE_NAME;

}  // namespace

std::string sentence_for(const char* method, const sdbus::Error& error) {
    const std::string& name = error.getName();
    switch (client::classify_call_failure(name)) {
    case client::CallFailure::unreachable: return common::tr("The sitbreak daemon is not running.");
    case client::CallFailure::timed_out:
        // TRANSLATORS: {} a D-Bus method's name ("Confirm").
        return common::tr_format("The sitbreak daemon did not answer {} in time.", method);
    case client::CallFailure::refused: break;
    }
    if (name.rfind("org.sitbreak.", 0) == 0 && !error.getMessage().empty()) {
        return client::refusal_sentence(name, error.getMessage());
    }
    // TRANSLATORS: {0} a D-Bus method's name, {1} the bus's error message (English).
    return common::tr_format("The sitbreak daemon could not do {0}: {1}", method,
                             error.getMessage());
}

namespace {

// A confirmation the daemon took but could not write: it counts, and the user should know
// it is not in the history yet.
std::optional<std::string> held_sentence(const std::map<std::string, sdbus::Variant>& reply) {
    const auto saved = reply.find("saved");
    if (saved == reply.end() || !saved->second.containsValueOfType<bool>() ||
        saved->second.get<bool>()) {
        return std::nullopt;
    }
    const auto problem = reply.find("problem");
    const std::string why =
        problem != reply.end() && problem->second.containsValueOfType<std::string>()
            ? problem->second.get<std::string>()
            : std::string{"the history cannot be written"};
    return "Counted, but held in memory only: " + why + ". sitbreak keeps trying to write it.";
}

}  // namespace

// The generated proxy: its signals, and the raw IProxy for asynchronous calls (the
// generated methods are synchronous).
class DaemonLink::Proxy final
    : public sdbus::ProxyInterfaces<org::sitbreak::Sitbreak1_proxy, sdbus::Properties_proxy> {
public:
    Proxy(sdbus::IConnection& bus, DaemonLink& link)
        : ProxyInterfaces{bus, kBusName, kObjectPath}, link_{link} {
        registerProxy();
    }
    ~Proxy() { unregisterProxy(); }
    sdbus::IProxy& raw() { return getProxy(); }

private:
    void onPromptOpened(const uint64_t& id, const std::vector<std::string>& exercises,
                        const std::string& text) override {
        guarded("PromptOpened", [&] {
            // The status first (snoozes_left, the settings the popup follows): the daemon
            // answers in order, so it is in before the catalogue.
            link_.refresh();
            if (!link_.listener_.prompt_exercises) {
                if (link_.listener_.prompt_opened) link_.listener_.prompt_opened({id, {}, text, 0});
                return;
            }
            // The popup shows whole exercises (figures, steps): the catalogue has them.
            link_.fetch_exercises(exercises, [this, id, text](std::vector<common::Exercise> offered) {
                PromptInfo prompt{id, std::move(offered), text, 0};
                if (link_.listener_.prompt_opened) link_.listener_.prompt_opened(prompt);
            });
        });
    }
    void onPromptClosed(const uint64_t& id, const std::string& outcome) override {
        guarded("PromptClosed", [&] {
            if (link_.listener_.prompt_closed) link_.listener_.prompt_closed(id, outcome);
            link_.refresh();
        });
    }
    // The programme: a session asked for from the suggestion opens in the tray; the others
    // change what status says (the week's tally).
    void onSessionSuggested(const std::string&, const std::string&) override {}
    void onSessionRequested(const std::string& routine) override {
        guarded("SessionRequested", [&] {
            if (link_.listener_.session_requested) link_.listener_.session_requested(routine);
        });
    }
    void onSessionStarted(const uint64_t&, const std::string&) override {}
    void onSessionFinished(const uint64_t&, const std::string&) override {
        guarded("SessionFinished", [&] { link_.refresh(); });
    }
    void onPropertiesChanged(const std::string& interface,
                             const std::map<std::string, sdbus::Variant>&,
                             const std::vector<std::string>&) override {
        guarded("PropertiesChanged", [&] {
            // The properties are a summary; GetStatus has the rest (limit, snoozes left).
            if (interface == kInterface) link_.refresh();
        });
    }

    DaemonLink& link_;
};

DaemonLink::DaemonLink(sdbus::IConnection& bus, Listener listener)
    : listener_{std::move(listener)},
      proxy_{std::make_unique<Proxy>(bus, *this)},
      bus_proxy_{sdbus::createProxy(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus")} {
    watch_ = std::make_unique<NameWatch>(
        bus, kBusName, [this](bool owned) { appeared(owned); }, &log_handler_failure);
}

DaemonLink::~DaemonLink() = default;

void DaemonLink::appeared(bool present) {
    present_ = present;
    if (present) {
        refresh();
    } else if (listener_.status) {
        listener_.status(std::nullopt);
    }
}

void DaemonLink::refresh() {
    if (!present_) return;
    if (status_in_flight_) {
        status_again_ = true;
        return;
    }
    status_in_flight_ = true;
    proxy_->raw()
        .callMethodAsync("GetStatus")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .uponReplyInvoke(
            [this](const sdbus::Error* error, const std::map<std::string, sdbus::Variant>& status) {
                guarded("GetStatus", [&] {
                    status_in_flight_ = false;
                    if (error) {
                        // A daemon that left says so with NameOwnerChanged; anything else is worth
                        // a line.
                        if (present_) call_failed("GetStatus", *error);
                    } else if (present_ && listener_.status) {
                        listener_.status(parse_status(status));
                    }
                    if (std::exchange(status_again_, false)) refresh();
                });
            });
}

void DaemonLink::fetch_exercises(std::vector<std::string> ids,
                                 std::function<void(std::vector<common::Exercise>)> done) {
    proxy_->raw()
        .callMethodAsync("GetExercises")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .uponReplyInvoke([this, ids = std::move(ids), done = std::move(done)](
                             const sdbus::Error* error,
                             const std::vector<std::map<std::string, sdbus::Variant>>& entries) {
            guarded("GetExercises", [&] {
                if (error) return call_failed("GetExercises", *error);
                std::vector<common::Exercise> catalogue;
                for (const auto& entry : entries) {
                    catalogue.push_back(client::exercise_from_dictionary(entry));
                }
                done(client::offered(ids, catalogue));
            });
        });
}

void DaemonLink::call_failed(const char* method, const sdbus::Error& error) {
    if (listener_.error) listener_.error(sentence_for(method, error));
}

template <typename... Args>
void DaemonLink::send(const char* method, Args&&... args) {
    proxy_->raw()
        .callMethodAsync(method)
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .withArguments(std::forward<Args>(args)...)
        .uponReplyInvoke([this, method](const sdbus::Error* error) {
            // Success needs nothing here: the daemon's signals bring the new state.
            guarded(method, [&] {
                if (error) call_failed(method, *error);
            });
        });
}

void DaemonLink::confirm(const std::string& exercise) {
    proxy_->raw()
        .callMethodAsync("ConfirmOnce")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .withArguments(exercise, client::confirm_token())
        .uponReplyInvoke(
            [this](const sdbus::Error* error, const std::map<std::string, sdbus::Variant>& reply) {
                guarded("ConfirmOnce", [&] {
                    if (error) return call_failed("ConfirmOnce", *error);
                    if (listener_.error) {
                        if (const auto held = held_sentence(reply)) listener_.error(*held);
                    }
                });
            });
}
void DaemonLink::snooze(std::uint32_t minutes) { send("Snooze", minutes); }
void DaemonLink::skip() { send("Skip"); }
void DaemonLink::pause(std::uint32_t seconds) { send("Pause", seconds); }
void DaemonLink::resume() { send("Resume"); }
void DaemonLink::reload_config() {
    proxy_->raw()
        .callMethodAsync("ReloadConfig")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .uponReplyInvoke([this](const sdbus::Error* error) {
            guarded("ReloadConfig", [&] {
                if (error) return call_failed("ReloadConfig", *error);
                // A new sitting.limit moves the ring, but limit_seconds is no property the
                // daemon announces a change of: read the status again.
                refresh();
            });
        });
}

void DaemonLink::fetch_stats(const std::string& today, std::function<void(StatsData)> done) {
    const auto range = stats_range(today);
    if (!range) {
        if (listener_.error)
            listener_.error(
                common::tr_format("The daemon sent no date for today (\"{}\").", today));
        return;
    }
    // The three replies fill one StatsData; whichever comes last hands it over.
    struct Pending {
        StatsData data;
        int replies{0};
        bool failed{false};  // said once; the window keeps what it showed
        std::function<void(StatsData)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    auto arrived = [this, pending](const char* method, const sdbus::Error* error) {
        if (error && !std::exchange(pending->failed, true)) call_failed(method, *error);
        if (++pending->replies == 3 && !pending->failed) pending->done(std::move(pending->data));
    };
    proxy_->raw()
        .callMethodAsync("GetDays")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .withArguments(range->first, range->second)
        .uponReplyInvoke(
            [pending, arrived](const sdbus::Error* error,
                               const std::vector<std::map<std::string, sdbus::Variant>>& days) {
                guarded("GetDays", [&] {
                    for (const auto& day : days) pending->data.days.push_back(day_record(day));
                    arrived("GetDays", error);
                });
            });
    proxy_->raw()
        .callMethodAsync("GetStreak")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .uponReplyInvoke([pending, arrived](const sdbus::Error* error, std::uint32_t current,
                                            std::uint32_t best) {
            guarded("GetStreak", [&] {
                pending->data.current_streak = current;
                pending->data.best_streak = best;
                arrived("GetStreak", error);
            });
        });
    proxy_->raw()
        .callMethodAsync("GetWeek")
        .onInterface(kInterface)
        .withTimeout(kCallTimeout)
        .uponReplyInvoke([pending, arrived](const sdbus::Error* error,
                                            const std::map<std::string, sdbus::Variant>& week) {
            guarded("GetWeek", [&] {
                if (!error) pending->data.week = client::week_from_dictionary(week);
                arrived("GetWeek", error);
            });
        });
}

void DaemonLink::start_daemon(std::function<void(const std::string&)> failed) {
    bus_proxy_->callMethodAsync("StartServiceByName")
        .onInterface("org.freedesktop.DBus")
        .withTimeout(kCallTimeout)
        .withArguments(std::string{kBusName}, std::uint32_t{0})
        .uponReplyInvoke([failed = std::move(failed)](const sdbus::Error* error, std::uint32_t) {
            guarded("StartServiceByName", [&] {
                if (error && failed) failed(error->getMessage());
            });
        });
}

}  // namespace sitbreak::tray
