#pragma once
// GetStatus() in plain types, for the clients. Times are UNIX seconds, 0 = none, as on the
// bus (org.sitbreak.Sitbreak1.xml).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/time.hpp"

namespace sdbus {
class Variant;
}

namespace sitbreak::client {

enum class DaemonState { away, sitting, prompting, paused, unknown };

struct DaemonStatus {
    DaemonState state{DaemonState::unknown};
    std::int64_t sitting_since{0};
    std::int64_t sitting_seconds{0};       // as the daemon counted it when it answered
    std::int64_t next_prompt_seconds{-1};  // -1: none scheduled
    std::int64_t hour_started{0};
    std::int64_t limit_seconds{0};
    std::int64_t next_prompt_at{0};
    std::int64_t paused_until{0};
    std::uint64_t prompt_id{0};
    std::uint32_t snoozes_left{0};
    bool quiet{false};
    std::string today;  // YYYY-MM-DD, the sitbreak day
    std::uint32_t today_done{0};
    std::uint32_t current_streak{0};
    std::uint32_t best_streak{0};
    std::vector<std::string> exercises;  // the ids a prompt offers
    std::string prompt_text;             // the open prompt's sentence, as the daemon says it
    std::string config_path;
    std::string config_error;
    std::string exercises_error;
    std::string store_problem;
    std::string idle_problem;
    std::string call_problem;  // why a call cannot be sensed ("" when it can)
    // Settings as the daemon runs with them (prompt.style, prompt.sound, goals.daily).
    std::string prompt_style;
    std::string prompt_sound;
    std::uint32_t daily_goal{0};
    // A due prompt not shown yet: since when and why (typing|dnd|fullscreen|lock; "" none).
    std::int64_t waiting_since{0};
    std::string waiting_for;
    std::uint32_t escalation{0};  // prompt.escalate's steps now
    friend bool operator==(const DaemonStatus&, const DaemonStatus&) = default;
};

// Tolerant: a missing key or a value of another type keeps the default, so that an older or
// newer daemon cannot crash the tray.
[[nodiscard]] DaemonStatus parse_status(const std::map<std::string, sdbus::Variant>& status);
[[nodiscard]] DaemonState parse_state(const std::string& name);
// What holds a due prompt back and since when, as the CLI and the tray say it: "prompt
// waiting for a pause in typing (due 14:02)", "prompt waiting: do not disturb is on (due
// 14:02)"; "" when nothing waits.
[[nodiscard]] std::string waiting_text(const DaemonStatus& status, common::TimePoint now,
                                       const common::Zone& zone);
// What the daemon says is wrong, a line each, as the CLI's status and the tray's tooltip show
// it: "History problem: the disk is full". Its sentences come as it sent them: a caller that
// prints to a terminal makes them printable.
[[nodiscard]] std::vector<std::string> problem_lines(const DaemonStatus& status);

}  // namespace sitbreak::client
