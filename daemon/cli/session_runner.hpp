#pragma once
// `sitbreak session [ROUTINE]`: a guided activation session in the terminal (DESIGN §14.3).
// Each item shows its exercise, steps and dose; Enter starts it, then each set counts its
// reps at the exercise's tempo (or counts its seconds down) with a progress bar, and rests
// between sets. Enter: the set is done; s: skip the item; p or space: pause; Ctrl-C: stop.
// Every item is reported to the daemon as it ends, so a stop loses nothing done.
#include <ostream>

#include "cli/command.hpp"
#include "cli/daemon_client.hpp"

namespace sitbreak::cli {

// The exit status: 0 when walked to the end, 1 when stopped; DaemonError when the daemon
// refuses (an unknown routine) or goes away.
int run_session(DaemonClient& client, const SessionCommand& command, std::ostream& out);

// `sitbreak session --step-back EXERCISE [ROUTINE]`: the exercise a step easier in the routine.
int step_back(DaemonClient& client, const SessionCommand& command, std::ostream& out);

// `sitbreak session --list`: one line per routine with its items.
[[nodiscard]] std::string routines_text(const std::vector<common::Routine>& routines,
                                        const std::vector<common::Exercise>& exercises);

}  // namespace sitbreak::cli
