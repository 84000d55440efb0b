#pragma once
// The desktop's own do-not-disturb switch, where its notification server has no
// `Inhibited` property to say it (issue 16): GNOME's "show-banners" setting (dconf, read
// through libdconf loaded on GNOME only, changes from the dconf writer's Notify signal) and
// Xfce's xfconf property /do-not-disturb of channel xfce4-notifyd (over xfconfd's D-Bus
// API). Both report to a QuietListener, as DndWatcher does.
#include <memory>
#include <string>

#include "platform/quiet_listener.hpp"

namespace sdbus {
class IConnection;
}  // namespace sdbus

namespace sitbreak::platform {

class DesktopDnd {
public:
    virtual ~DesktopDnd() = default;
    // As `status` and the log say it: "GNOME's show-banners setting".
    [[nodiscard]] virtual std::string describe() const = 0;
};

// The switch of the desktop XDG_CURRENT_DESKTOP names (GNOME or XFCE), or nullptr: then
// `problem` says why, or is empty where the notification server's own signals suffice.
[[nodiscard]] std::unique_ptr<DesktopDnd> watch_desktop_dnd(sdbus::IConnection& session,
                                                            QuietListener& listener,
                                                            std::string& problem);

}  // namespace sitbreak::platform
