// A typist for mutter: presses and releases a key through org.gnome.Mutter.RemoteDesktop
// every INTERVAL_MS until killed, as GNOME's remote desktop does (DESIGN §13). The session
// lives as long as this process's bus connection.
// Usage: mutter-typist INTERVAL_MS
#include <sdbus-c++/sdbus-c++.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <thread>

namespace {

constexpr const char* kService = "org.gnome.Mutter.RemoteDesktop";
constexpr const char* kSessionInterface = "org.gnome.Mutter.RemoteDesktop.Session";
constexpr std::uint32_t kLeftShift = 42;  // evdev KEY_LEFTSHIFT: types nothing anywhere

}  // namespace

int main(int argc, char** argv) {
    const std::chrono::milliseconds interval{argc > 1 ? std::atoi(argv[1]) : 300};
    try {
        auto bus = sdbus::createSessionBusConnection();
        auto desktop = sdbus::createProxy(*bus, kService, "/org/gnome/Mutter/RemoteDesktop");
        sdbus::ObjectPath path;
        desktop->callMethod("CreateSession").onInterface(kService).storeResultsTo(path);
        auto session = sdbus::createProxy(*bus, kService, path);
        session->callMethod("Start").onInterface(kSessionInterface);
        for (;;) {
            for (const bool pressed : {true, false}) {
                session->callMethod("NotifyKeyboardKeycode")
                    .onInterface(kSessionInterface)
                    .withArguments(kLeftShift, pressed);
            }
            std::this_thread::sleep_for(interval);
        }
    } catch (const sdbus::Error& error) {
        std::cerr << "mutter-typist: " << error.getName() << ": " << error.getMessage() << "\n";
        return 1;
    }
}
