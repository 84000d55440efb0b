#pragma once
// A private D-Bus session bus for one test (or suite): a real dbus-daemon, no activation
// unless the test gives service directories.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "process.hpp"
#include "temp_dir.hpp"

namespace sitbreak::test {

class SessionBus {
public:
    // Starts dbus-daemon listening in a private directory; throws if it does not come up in
    // 10 s. `service_dirs` hold .service files for activation; activated services inherit
    // `env` (DISPLAY, XDG_* ...).
    explicit SessionBus(std::vector<std::filesystem::path> service_dirs = {}, Env env = {});
    ~SessionBus();
    SessionBus(const SessionBus&) = delete;
    SessionBus& operator=(const SessionBus&) = delete;

    // "unix:path=/tmp/...,guid=...", for DBUS_SESSION_BUS_ADDRESS.
    [[nodiscard]] const std::string& address() const { return address_; }
    // {"DBUS_SESSION_BUS_ADDRESS", address()}, for a Process.
    [[nodiscard]] Env env() const { return {{"DBUS_SESSION_BUS_ADDRESS", address_}}; }

private:
    TempDir dir_{"bus"};
    std::string address_;
    std::unique_ptr<Process> daemon_;
};

}  // namespace sitbreak::test
