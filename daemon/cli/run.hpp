#pragma once
// Carries out one checked Command against the daemon and prints the outcome.
#include <ostream>

#include "cli/command.hpp"

namespace sitbreak::cli {

// Results go to `out`; failures to `err` as one line "sitbreak: <sentence>".
// Returns the exit code of the CLI contract.
[[nodiscard]] int run(const Command& command, std::ostream& out, std::ostream& err);

// What `sitbreak snooze` says after a successful call, e.g.
// "Snoozed for 2m (snoozes are whole minutes)."
[[nodiscard]] std::string snooze_message(const SnoozeCommand& command);
[[nodiscard]] std::string pause_message(const PauseCommand& command);

}  // namespace sitbreak::cli
