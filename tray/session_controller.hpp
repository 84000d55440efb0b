#pragma once
// `sitbreak-tray --session ROUTINE` (tray/session_process.hpp): starts an activation session
// of ROUTINE ("" the catalogue's first) on the daemon, walks it in the session window,
// reports each item as it ends, finishes it (done, or stopped when the window closes
// first), shows the summary with the week, and asks to end when the window closes.
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IProxy.h>
#include <wx/weakref.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/exercise.hpp"
#include "common/routine.hpp"
#include "tray/windows/session_walk.hpp"

namespace sitbreak::tray {

class SessionWindow;

class SessionController {
public:
    struct Options {
        std::string routine;      // "" = the catalogue's first
        bool take_focus{true};    // false when it opens from the daemon's suggestion
        std::optional<std::chrono::seconds> hold_length;  // --squeeze-seconds, for tests
        bool probe_windows{false};
    };
    SessionController(sdbus::IConnection& bus, Options options, std::function<void()> done);
    ~SessionController();
    SessionController(const SessionController&) = delete;
    SessionController& operator=(const SessionController&) = delete;

private:
    void load();
    void loaded();
    void started(std::uint64_t id, const common::Routine& routine);
    void item_ended(const ItemResult& item);
    void finish(const std::string& outcome, std::function<void()> then);
    void show_week();
    void offer_step();  // the next offer of GetStepOffers, if any
    void failed(const char* method, const sdbus::Error& error);

    Options options_;
    std::function<void()> done_;
    std::unique_ptr<sdbus::IProxy> proxy_;
    std::vector<common::Routine> routines_;
    std::vector<common::Exercise> exercises_;
    std::string routine_;  // the routine's id, once started
    int replies_{0};
    std::uint64_t id_{0};
    bool finishing_{false};  // FinishSession sent
    wxWeakRef<SessionWindow> window_;
};

}  // namespace sitbreak::tray
