#pragma once
// What the tray shows for a daemon status at a moment: the icon's face, the status line, the
// tooltip and which menu commands apply. Pure (no wx, no bus, no clock): the tray redraws
// only when this changes, and asks next_change() when to look again.
#include <optional>
#include <string>

#include "client/human_text.hpp"
#include "common/time.hpp"
#include "tray/daemon_status.hpp"

namespace sitbreak::tray {

// The ring is drawn in this many steps: 6° each, smooth at tray sizes, and with the default
// one-hour limit exactly one step a minute.
inline constexpr int kRingSteps = 60;

enum class IconLook { sitting, prompting, paused, away, absent };

// Equal faces draw the same pixels.
struct IconFace {
    IconLook look{IconLook::absent};
    std::string label;  // in the middle: sitting minutes ("42", "2h"), or empty
    int ring_steps{0};  // of kRingSteps: the hour clock toward sitting.limit
    friend bool operator==(const IconFace&, const IconFace&) = default;
};

// Which menu commands the daemon would accept now.
struct MenuState {
    bool daemon_present{false};
    bool confirm{false};     // a done counts even with no prompt open
    bool snooze{false};      // an open prompt with snoozes left
    bool skip{false};        // an open prompt
    bool pause{false};       // present; pausing again changes the end of the pause
    bool resume{false};      // paused
    bool statistics{false};  // present: the history comes from the daemon
    bool session{false};     // present: the daemon keeps the session
    friend bool operator==(const MenuState&, const MenuState&) = default;
};

struct TrayView {
    IconFace face;
    std::string
        status_line;      // the menu's first line, e.g. "Sitting for 42m · next prompt at 14:30"
    std::string tooltip;  // the status line and today's tally, then any problem
    MenuState menu;
    friend bool operator==(const TrayView&, const TrayView&) = default;
};

// nullopt status: the daemon is not on the bus.
[[nodiscard]] TrayView tray_view(const std::optional<DaemonStatus>& status, common::TimePoint now,
                                 const common::Zone& zone);

// The first moment after `now` at which tray_view() would change by the clock alone (the
// next sitting minute or ring step); nullopt when only a signal can change it (away,
// paused, no daemon). Signals change the status; then ask again.
[[nodiscard]] std::optional<common::TimePoint> next_change(const std::optional<DaemonStatus>& status,
                                                         common::TimePoint now);

// "42m", "1h5m"; "<1m" under a minute.
[[nodiscard]] std::string minutes_text(common::Duration elapsed);
using client::clock_text;  // "14:30", "tomorrow 04:00", "2024-06-02 09:00"

}  // namespace sitbreak::tray
