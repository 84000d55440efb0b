#pragma once
// Do-not-disturb as a suppression signal (DESIGN §9): the notification server's
// `Inhibited` property where it offers one (KDE), dunst's `paused`, and the desktop's own
// switch where the server has neither (GNOME, Xfce: desktop_dnd.hpp reports it here).
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "platform/quiet_listener.hpp"

namespace sdbus {
class IConnection;
class IProxy;
class Variant;
}  // namespace sdbus

namespace sitbreak::client {
class NameWatch;
}  // namespace sitbreak::client

namespace sitbreak::platform {

class DndWatcher {
public:
    DndWatcher(sdbus::IConnection& session, QuietListener& listener);
    ~DndWatcher();
    DndWatcher(const DndWatcher&) = delete;
    DndWatcher& operator=(const DndWatcher&) = delete;

    // What was last reported to the listener.
    [[nodiscard]] bool on() const { return reported_; }
    // Where the desktop's own switch reports: prompts wait while it or the server says so.
    [[nodiscard]] QuietListener& desktop_switch() { return desktop_switch_; }

private:
    struct DesktopSwitch final : QuietListener {
        explicit DesktopSwitch(DndWatcher& owner) : owner{owner} {}
        void quiet_changed(core::Quiet, bool value) override {
            on = value;
            owner.update();
        }
        DndWatcher& owner;
        bool on{false};
    };

    void probe();
    void fetch(const std::string& interface, const std::string& property, bool& into);
    void on_properties_changed(const std::string& interface,
                               const std::map<std::string, sdbus::Variant>& changed,
                               const std::vector<std::string>& invalidated);
    void update();

    QuietListener& listener_;
    std::unique_ptr<sdbus::IProxy> proxy_;
    bool inhibited_{false};  // org.freedesktop.Notifications.Inhibited
    bool paused_{false};     // org.dunstproject.cmd0.paused
    bool reported_{false};
    DesktopSwitch desktop_switch_{*this};
    std::unique_ptr<client::NameWatch> server_watch_;  // last: its callbacks use everything above
};

}  // namespace sitbreak::platform
