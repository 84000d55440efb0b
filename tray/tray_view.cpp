#include "tray/tray_view.hpp"

#include <algorithm>
#include <vector>

#include "config/duration.hpp"
#include "common/date_text.hpp"
#include "common/i18n.hpp"

namespace sitbreak::tray {

namespace {

using common::Duration;
using common::TimePoint;
using common::tr;
using common::tr_format;
using common::tr_n_format;
using std::chrono::minutes;
using std::chrono::seconds;

TimePoint at(std::int64_t unix_seconds) { return TimePoint{seconds{unix_seconds}}; }

// Time since a UNIX moment, never negative (the daemon's clock and ours are the same clock,
// but a reply can cross a second boundary).
Duration since(std::int64_t unix_seconds, TimePoint now) {
    return std::max(now - at(unix_seconds), Duration{0});
}

// The icon's number: whole minutes up to 99, then whole hours, so that it fits the ring.
std::string icon_label(Duration sitting) {
    const auto whole_minutes = std::chrono::floor<minutes>(sitting).count();
    if (whole_minutes < 100) return std::to_string(whole_minutes);
    return std::to_string(whole_minutes / 60) + "h";
}

int ring_steps(const DaemonStatus& status, TimePoint now) {
    if (status.hour_started == 0 || status.limit_seconds <= 0) return 0;
    const auto on_clock = since(status.hour_started, now).count();
    return static_cast<int>(
        std::min<std::int64_t>(on_clock * kRingSteps / status.limit_seconds, kRingSteps));
}

IconFace face_of(const DaemonStatus& status, TimePoint now) {
    const Duration sitting = status.sitting_since ? since(status.sitting_since, now) : Duration{0};
    switch (status.state) {
    case DaemonState::sitting:
        return {IconLook::sitting, icon_label(sitting), ring_steps(status, now)};
    case DaemonState::prompting: return {IconLook::prompting, icon_label(sitting), kRingSteps};
    case DaemonState::paused: return {IconLook::paused, "", 0};
    case DaemonState::away:
    case DaemonState::unknown: break;
    }
    return {IconLook::away, "", 0};
}

std::string sitting_line(const DaemonStatus& status, TimePoint now, const common::Zone& zone) {
    const std::string sitting = minutes_text(since(status.sitting_since, now));
    if (!status.waiting_for.empty()) {
        return tr_format("Sitting for {} · {}", sitting, client::waiting_text(status, now, zone));
    }
    if (status.next_prompt_at != 0) {
        return tr_format("Sitting for {} · next prompt at {}", sitting,
                         clock_text(at(status.next_prompt_at), now, zone));
    }
    if (status.quiet) return tr_format("Sitting for {} · prompts wait while it is quiet", sitting);
    return tr_format("Sitting for {}", sitting);
}

std::string status_line(const DaemonStatus& status, TimePoint now, const common::Zone& zone) {
    switch (status.state) {
    case DaemonState::sitting: return sitting_line(status, now, zone);
    case DaemonState::prompting:
        return tr_format("Time to move: sitting for {}",
                         minutes_text(since(status.sitting_since, now)));
    case DaemonState::paused:
        return status.paused_until != 0
                   ? tr_format("Paused until {}", clock_text(at(status.paused_until), now, zone))
                   : std::string{tr("Paused")};
    case DaemonState::away: return tr("Away from the desk");
    case DaemonState::unknown: break;
    }
    return tr("sitbreak is in a state this tray does not know");
}

std::string tooltip(const DaemonStatus& status, const std::string& line) {
    std::string text =
        "sitbreak\n" + line + "\n" +
        tr_format("Today {} done · streak {}", status.today_done,
                  client::days_text(status.current_streak));
    if (status.state == DaemonState::prompting) {
        const auto left = static_cast<unsigned long>(status.snoozes_left);
        text += left == 0 ? std::string{tr(" · no snoozes left")}
                          : tr_n_format(" · {} snooze left", " · {} snoozes left", left, left);
    }
    for (const std::string& line : client::problem_lines(status)) text += "\n" + line;
    return text;
}

MenuState menu_state(const DaemonStatus& status) {
    const bool prompting = status.state == DaemonState::prompting;
    MenuState menu;
    menu.daemon_present = true;
    menu.confirm = true;
    menu.snooze = prompting && status.snoozes_left > 0;
    menu.skip = prompting;
    menu.pause = true;
    menu.resume = status.state == DaemonState::paused;
    menu.statistics = true;
    menu.session = true;
    return menu;
}

}  // namespace

std::string minutes_text(Duration elapsed) {
    if (elapsed < minutes{1}) return "<1m";
    return config::format_duration(std::chrono::floor<minutes>(elapsed));
}

TrayView tray_view(const std::optional<DaemonStatus>& status, TimePoint now,
                   const common::Zone& zone) {
    TrayView view;
    if (!status) {
        view.status_line = tr("The sitbreak daemon is not running");
        view.tooltip = "sitbreak\n" + view.status_line;
        return view;  // absent face, every daemon command off
    }
    view.face = face_of(*status, now);
    view.status_line = status_line(*status, now, zone);
    view.tooltip = tooltip(*status, view.status_line);
    view.menu = menu_state(*status);
    return view;
}

std::optional<TimePoint> next_change(const std::optional<DaemonStatus>& status, TimePoint now) {
    if (!status || status->sitting_since == 0) return std::nullopt;
    const bool sitting = status->state == DaemonState::sitting;
    if (!sitting && status->state != DaemonState::prompting) return std::nullopt;
    std::vector<TimePoint> moments;
    // The next whole minute of the spell: the number in the icon and the status line.
    const auto sat = std::chrono::floor<minutes>(since(status->sitting_since, now));
    moments.push_back(at(status->sitting_since) + sat + minutes{1});
    // The next step of the ring: the first second at which ring_steps() grows.
    const int steps = ring_steps(*status, now);
    if (sitting && status->hour_started != 0 && status->limit_seconds > 0 && steps < kRingSteps) {
        const std::int64_t needed =
            ((steps + 1) * status->limit_seconds + kRingSteps - 1) / kRingSteps;
        moments.push_back(at(status->hour_started) + seconds{needed});
    }
    return *std::min_element(moments.begin(), moments.end());
}

}  // namespace sitbreak::tray
