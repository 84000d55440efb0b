#include "stand_ins.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sdbus-c++/Error.h>
#include <sdbus-c++/Message.h>
#include <sdbus-c++/Types.h>
#include <unistd.h>

#include <algorithm>

namespace sitbreak::test {
namespace {

constexpr const char* test_interface = "org.sitbreak.Test";
constexpr const char* manager_interface = "org.freedesktop.login1.Manager";
constexpr const char* session_interface = "org.freedesktop.login1.Session";
constexpr const char* mutter_interface = "org.gnome.Mutter.IdleMonitor";

}  // namespace

StandIn::StandIn(const std::string& address)
    : connection_{sdbus::createSessionBusConnectionWithAddress(address)},
      test_object_{sdbus::createObject(*connection_, "/org/sitbreak/Test")},
      control_connection_{sdbus::createSessionBusConnectionWithAddress(address)} {}

StandIn::~StandIn() {
    // Subclasses stop the loop first (their objects must not die under it).
}

void StandIn::start(const std::string& name) {
    test_object_->finishRegistration();
    connection_->requestName(name);
    control_proxy_ = sdbus::createProxy(*control_connection_, name, "/org/sitbreak/Test");
    connection_->enterEventLoopAsync();
}

// ---- logind ----------------------------------------------------------------------------

LogindStandIn::LogindStandIn(const std::string& address) : StandIn{address} {
    serve_manager();
    serve_session();
    start("org.freedesktop.login1");
}

void LogindStandIn::serve_manager() {
    manager_ = sdbus::createObject(connection(), "/org/freedesktop/login1");
    manager_->registerMethod("GetSessionByPID")
        .onInterface(manager_interface)
        .implementedAs([](std::uint32_t pid) -> sdbus::ObjectPath {
            throw sdbus::Error{"org.freedesktop.login1.NoSessionForPID",
                               "PID " + std::to_string(pid) + " does not belong to any session"};
        });
    manager_->registerMethod("GetSession")
        .onInterface(manager_interface)
        .implementedAs([](const std::string& id) -> sdbus::ObjectPath {
            if (id == "auto" || id == "c7") return sdbus::ObjectPath{session_path};
            throw sdbus::Error{"org.freedesktop.login1.NoSuchSession", "No session " + id};
        });
    manager_->registerMethod("Inhibit")
        .onInterface(manager_interface)
        .implementedAs([this](const std::string&, const std::string&, const std::string&,
                              const std::string& mode) {
            if (mode != "delay") throw sdbus::Error{"org.sitbreak.Test.Unexpected", mode};
            int ends[2];
            if (::pipe2(ends, O_CLOEXEC) != 0) throw sdbus::Error{"org.sitbreak.Test.Pipe", ""};
            std::lock_guard lock{mutex_};
            inhibit_read_ends_.push_back(ends[0]);
            return sdbus::UnixFd{ends[1], sdbus::adopt_fd};
        });
    manager_->registerSignal("PrepareForSleep")
        .onInterface(manager_interface)
        .withParameters<bool>();
    manager_->finishRegistration();
    test_object()
        .registerMethod("PrepareForSleep")
        .onInterface(test_interface)
        .implementedAs([this](bool going) {
            manager_->emitSignal("PrepareForSleep")
                .onInterface(manager_interface)
                .withArguments(going);
        });
}

void LogindStandIn::serve_session() {
    session_ = sdbus::createObject(connection(), session_path);
    session_->registerProperty("LockedHint").onInterface(session_interface).withGetter([this] {
        std::lock_guard lock{mutex_};
        return locked_hint_;
    });
    session_->registerSignal("Lock").onInterface(session_interface);
    session_->registerSignal("Unlock").onInterface(session_interface);
    session_->finishRegistration();
    test_object().registerMethod("Lock").onInterface(test_interface).implementedAs([this] {
        session_->emitSignal("Lock").onInterface(session_interface);
    });
    test_object().registerMethod("Unlock").onInterface(test_interface).implementedAs([this] {
        session_->emitSignal("Unlock").onInterface(session_interface);
    });
    test_object()
        .registerMethod("SetLockedHint")
        .onInterface(test_interface)
        .implementedAs([this](bool locked) {
            {
                std::lock_guard lock{mutex_};
                locked_hint_ = locked;
            }
            session_->emitPropertiesChangedSignal(session_interface, {"LockedHint"});
        });
}

LogindStandIn::~LogindStandIn() {
    connection().leaveEventLoop();
    for (const int fd : inhibit_read_ends_) ::close(fd);
}

int LogindStandIn::inhibits_taken() {
    std::lock_guard lock{mutex_};
    return static_cast<int>(inhibit_read_ends_.size());
}

int LogindStandIn::inhibits_released() {
    std::lock_guard lock{mutex_};
    int released = 0;
    for (const int fd : inhibit_read_ends_) {
        pollfd poll_fd{fd, POLLIN, 0};
        if (::poll(&poll_fd, 1, 0) == 1 && (poll_fd.revents & (POLLHUP | POLLIN))) ++released;
    }
    return released;
}

// ---- GNOME Shell's idle monitor ----------------------------------------------------------

MutterStandIn::MutterStandIn(const std::string& address, std::uint64_t idletime_ms)
    : StandIn{address}, idletime_ms_{idletime_ms} {
    monitor_ = sdbus::createObject(connection(), "/org/gnome/Mutter/IdleMonitor/Core");
    // The low-level form: the watch's owner is the caller, whose name the message has.
    monitor_->registerMethod(mutter_interface, "AddIdleWatch", "t", "u",
                             [this](sdbus::MethodCall call) {
                                 std::uint64_t interval = 0;
                                 call >> interval;
                                 add_watch(call, interval);
                             });
    monitor_->registerMethod(mutter_interface, "AddUserActiveWatch", "", "u",
                             [this](sdbus::MethodCall call) { add_watch(call, 0); });
    monitor_->registerMethod("RemoveWatch")
        .onInterface(mutter_interface)
        .implementedAs([this](std::uint32_t id) {
            std::lock_guard lock{mutex_};
            removed_.push_back(id);
            std::erase_if(watches_, [id](const Watch& w) { return w.id == id; });
        });
    monitor_->registerMethod("GetIdletime").onInterface(mutter_interface).implementedAs([this] {
        std::lock_guard lock{mutex_};
        return idletime_ms_;
    });
    monitor_->registerSignal("WatchFired")
        .onInterface(mutter_interface)
        .withParameters<std::uint32_t>();
    monitor_->finishRegistration();
    serve_test_methods();
    start("org.gnome.Mutter.IdleMonitor");
}

void MutterStandIn::serve_test_methods() {
    test_object().registerMethod("FireIdle").onInterface(test_interface).implementedAs([this] {
        Watch watch{};
        {
            std::lock_guard lock{mutex_};
            for (const auto& w : watches_) {
                if (w.interval_ms != 0) watch = w;
            }
        }
        if (watch.id == 0) throw sdbus::Error{"org.sitbreak.Test.NoWatch", "no idle watch"};
        fire(watch.id, watch.owner);
    });
    test_object().registerMethod("FireActive").onInterface(test_interface).implementedAs([this] {
        Watch watch{};
        {
            std::lock_guard lock{mutex_};
            const auto it = std::find_if(watches_.begin(), watches_.end(),
                                         [](const Watch& w) { return w.interval_ms == 0; });
            if (it == watches_.end()) throw sdbus::Error{"org.sitbreak.Test.NoWatch", "none"};
            watch = *it;
            watches_.erase(it);
        }
        fire(watch.id, watch.owner);
    });
    test_object()
        .registerMethod("FireStale")
        .onInterface(test_interface)
        .implementedAs([this](std::uint32_t id, const std::string& owner) { fire(id, owner); });
}

MutterStandIn::~MutterStandIn() { connection().leaveEventLoop(); }

void MutterStandIn::add_watch(sdbus::MethodCall& call, std::uint64_t interval_ms) {
    std::uint32_t id = 0;
    {
        std::lock_guard lock{mutex_};
        id = next_id_++;
        watches_.push_back({id, interval_ms, call.getSender()});
    }
    auto reply = call.createReply();
    reply << id;
    reply.send();
}

void MutterStandIn::fire(std::uint32_t id, const std::string& owner) {
    auto signal = monitor_->createSignal(mutter_interface, "WatchFired");
    signal << id;
    signal.setDestination(owner);
    monitor_->emitSignal(signal);
}

std::vector<MutterStandIn::Watch> MutterStandIn::watches() {
    std::lock_guard lock{mutex_};
    return watches_;
}

std::vector<std::uint32_t> MutterStandIn::removed() {
    std::lock_guard lock{mutex_};
    return removed_;
}

}  // namespace sitbreak::test
