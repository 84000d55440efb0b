#pragma once
// Stand-ins for services Debian cannot run headless in a test: systemd-logind (it wants
// to be PID 1's friend on the real system bus) and GNOME Shell's idle monitor. Each
// speaks the real interface on a private bus, from its own thread (the adapters make
// short synchronous calls at start-up), and has an extra org.sitbreak.Test interface on
// /org/sitbreak/Test through which the test makes it emit what the real one would.
#include <sdbus-c++/IConnection.h>
#include <sdbus-c++/IObject.h>
#include <sdbus-c++/IProxy.h>
#include <sdbus-c++/Message.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace sitbreak::test {

// Runs a connection's loop on a thread of its own; objects are made before it starts.
class StandIn {
public:
    explicit StandIn(const std::string& address);
    virtual ~StandIn();
    StandIn(const StandIn&) = delete;
    StandIn& operator=(const StandIn&) = delete;

    // Calls org.sitbreak.Test.<method>(args...) on the stand-in, synchronously.
    template <typename... Args>
    void control(const std::string& method, const Args&... args) {
        control_proxy_->callMethod(method).onInterface("org.sitbreak.Test").withArguments(args...);
    }

protected:
    void start(const std::string& name);
    sdbus::IConnection& connection() { return *connection_; }
    sdbus::IObject& test_object() { return *test_object_; }
    std::mutex mutex_;

private:
    std::unique_ptr<sdbus::IConnection> connection_;
    std::unique_ptr<sdbus::IObject> test_object_;
    std::unique_ptr<sdbus::IConnection> control_connection_;
    std::unique_ptr<sdbus::IProxy> control_proxy_;
};

// org.freedesktop.login1 with one session, "c7". GetSessionByPID fails as it does for a
// systemd user service, so the adapter has to fall back to GetSession("auto").
// Test methods: Lock(), Unlock(), SetLockedHint(b), PrepareForSleep(b).
class LogindStandIn final : public StandIn {
public:
    static constexpr const char* session_path = "/org/freedesktop/login1/session/c7";
    explicit LogindStandIn(const std::string& address);
    ~LogindStandIn() override;

    // Delay locks handed out by Inhibit, and how many of them the holder has closed.
    [[nodiscard]] int inhibits_taken();
    [[nodiscard]] int inhibits_released();

private:
    void serve_manager();
    void serve_session();

    std::unique_ptr<sdbus::IObject> manager_;
    std::unique_ptr<sdbus::IObject> session_;
    bool locked_hint_{false};
    std::vector<int> inhibit_read_ends_;  // EOF once the holder closed its end
};

// org.gnome.Mutter.IdleMonitor on /org/gnome/Mutter/IdleMonitor/Core. WatchFired goes to
// the watch's owner only, as in mutter. Test methods: FireIdle() fires the newest idle
// watch, FireActive() the pending user-active watch (and removes it, as mutter does).
class MutterStandIn final : public StandIn {
public:
    explicit MutterStandIn(const std::string& address, std::uint64_t idletime_ms = 0);
    ~MutterStandIn() override;

    struct Watch {
        std::uint32_t id;
        std::uint64_t interval_ms;  // 0 for a user-active watch
        std::string owner;
    };
    [[nodiscard]] std::vector<Watch> watches();
    [[nodiscard]] std::vector<std::uint32_t> removed();

private:
    void serve_test_methods();
    void add_watch(sdbus::MethodCall& call, std::uint64_t interval_ms);
    void fire(std::uint32_t id, const std::string& owner);

    std::unique_ptr<sdbus::IObject> monitor_;
    std::uint64_t idletime_ms_;
    std::uint32_t next_id_{1};
    std::vector<Watch> watches_;
    std::vector<std::uint32_t> removed_;
};

}  // namespace sitbreak::test
