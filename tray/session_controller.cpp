#include "tray/session_controller.hpp"

#include <sdbus-c++/sdbus-c++.h>
#include <wx/log.h>

#include <algorithm>

#include "client/bus_names.hpp"
#include "client/exercise_dictionary.hpp"
#include "client/programme_dictionary.hpp"
#include "common/i18n.hpp"
#include "tray/daemon_link.hpp"
#include "tray/guarded.hpp"
#include "tray/user_message.hpp"
#include "tray/windows/languages.hpp"
#include "tray/windows/session_window.hpp"
#include "tray/windows/window_probe.hpp"

namespace sitbreak::tray {

namespace {

using client::kInterface;
using Dictionaries = std::vector<std::map<std::string, sdbus::Variant>>;

}  // namespace

SessionController::SessionController(sdbus::IConnection& bus, Options options,
                                     std::function<void()> done)
    : options_{std::move(options)},
      done_{std::move(done)},
      proxy_{sdbus::createProxy(bus, client::kBusName, client::kObjectPath)} {
    proxy_->finishRegistration();
    load();
}

SessionController::~SessionController() {
    if (window_) window_->Destroy();
    // Ended from outside (the tray quit, SIGTERM) with the session running: it ends stopped,
    // with what was reported. The loop is over, so the call waits here, briefly.
    if (id_ == 0 || finishing_) return;
    try {
        using Items = std::vector<sdbus::Struct<std::uint32_t, std::uint32_t, std::uint32_t, bool>>;
        proxy_->callMethod("FinishSession").onInterface(kInterface)
            .withTimeout(std::chrono::seconds{2})
            .withArguments(id_, std::string{"stopped"}, Items{});
    } catch (const sdbus::Error& error) {
        wxLogWarning("Could not end the session: %s", wxString::FromUTF8(error.getMessage()));
    }
}

void SessionController::failed(const char* method, const sdbus::Error& error) {
    tell_user(sentence_for(method, error));
    done_();
}

// The routines and the catalogue, both before the window: it shows whole exercises.
void SessionController::load() {
    proxy_->callMethodAsync("GetRoutines").onInterface(kInterface).withTimeout(kCallTimeout)
        .uponReplyInvoke([this](const sdbus::Error* error, const Dictionaries& entries) {
            guarded("GetRoutines", [&] {
                if (error) return failed("GetRoutines", *error);
                for (const auto& e : entries) routines_.push_back(client::routine_from_dictionary(e));
                if (++replies_ == 2) loaded();
            });
        });
    proxy_->callMethodAsync("GetExercises").onInterface(kInterface).withTimeout(kCallTimeout)
        .uponReplyInvoke([this](const sdbus::Error* error, const Dictionaries& entries) {
            guarded("GetExercises", [&] {
                if (error) return failed("GetExercises", *error);
                for (const auto& e : entries) exercises_.push_back(client::exercise_from_dictionary(e));
                if (++replies_ == 2) loaded();
            });
        });
}

void SessionController::loaded() {
    const auto routine = std::find_if(routines_.begin(), routines_.end(), [&](const auto& r) {
        return options_.routine.empty() || r.id == options_.routine;
    });
    if (routine == routines_.end()) {
        tell_user(
            common::tr_format("There is no routine \"{}\" in the catalogue.", options_.routine));
        return done_();
    }
    proxy_->callMethodAsync("StartSession").onInterface(kInterface).withTimeout(kCallTimeout)
        .withArguments(routine->id)
        .uponReplyInvoke([this, chosen = *routine](const sdbus::Error* error, std::uint64_t id) {
            guarded("StartSession", [&] {
                if (error) return failed("StartSession", *error);
                started(id, chosen);
            });
        });
}

void SessionController::started(std::uint64_t id, const common::Routine& routine) {
    id_ = id;
    routine_ = routine.id;
    SessionWindow::Handlers handlers;
    handlers.item_ended = [this](const ItemResult& item) { item_ended(item); };
    handlers.finished = [this] {
        finish("done", [this] {
            show_week();
            offer_step();
        });
    };
    handlers.step_answered = [this](const std::string& exercise, bool up) {
        proxy_->callMethodAsync("AnswerStep").onInterface(kInterface).withTimeout(kCallTimeout)
            .withArguments(routine_, exercise, std::string{up ? "up" : "not_yet"})
            .uponReplyInvoke([this](const sdbus::Error* error) {
                guarded("AnswerStep", [&] {
                    if (error) return tell_user(sentence_for("AnswerStep", *error));
                    offer_step();
                });
            });
    };
    handlers.stopped = [this] { finish("stopped", done_); };
    handlers.closed_after_end = [this] { done_(); };
    load_window_languages();
    auto* window = new SessionWindow{SessionWalk{routine, exercises_, options_.hold_length},
                                     std::move(handlers)};
    window_ = window;
    if (options_.probe_windows) watch_window(window, {});
    if (options_.take_focus) {
        window->Show();
        window->Raise();
    } else {
        window->ShowWithoutActivating();  // from the suggestion: never takes the keyboard
    }
}

void SessionController::item_ended(const ItemResult& item) {
    proxy_->callMethodAsync("RecordSessionItem").onInterface(kInterface).withTimeout(kCallTimeout)
        .withArguments(id_, item.position, item.sets_done, item.amount_done, item.skipped)
        .uponReplyInvoke([](const sdbus::Error* error) {
            guarded("RecordSessionItem", [&] {
                if (error) tell_user(sentence_for("RecordSessionItem", *error));
            });
        });
}

void SessionController::finish(const std::string& outcome, std::function<void()> then) {
    finishing_ = true;
    using Items = std::vector<sdbus::Struct<std::uint32_t, std::uint32_t, std::uint32_t, bool>>;
    proxy_->callMethodAsync("FinishSession").onInterface(kInterface).withTimeout(kCallTimeout)
        .withArguments(id_, outcome, Items{})
        .uponReplyInvoke([this, then = std::move(then)](const sdbus::Error* error) {
            guarded("FinishSession", [&] {
                if (error) return failed("FinishSession", *error);
                then();
            });
        });
}

void SessionController::offer_step() {
    proxy_->callMethodAsync("GetStepOffers").onInterface(kInterface).withTimeout(kCallTimeout)
        .withArguments(routine_)
        .uponReplyInvoke([this](const sdbus::Error* error, const Dictionaries& offers) {
            guarded("GetStepOffers", [&] {
                if (error) return tell_user(sentence_for("GetStepOffers", *error));
                if (offers.empty() || !window_) return;
                SessionWindow::Offer offer;
                client::read(offers.front(), "exercise", offer.exercise);
                client::read(offers.front(), "amount", offer.amount);
                client::read(offers.front(), "next_amount", offer.next_amount);
                window_->show_offer(offer);
            });
        });
}

void SessionController::show_week() {
    proxy_->callMethodAsync("GetWeek").onInterface(kInterface).withTimeout(kCallTimeout)
        .uponReplyInvoke([this](const sdbus::Error* error,
                                const std::map<std::string, sdbus::Variant>& week) {
            guarded("GetWeek", [&] {
                if (error) return tell_user(sentence_for("GetWeek", *error));
                if (window_) window_->show_summary(client::week_from_dictionary(week));
            });
        });
}

}  // namespace sitbreak::tray
