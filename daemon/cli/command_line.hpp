#pragma once
// The command line of DESIGN §7 with CLI11: argv in, a checked Command (or an exit code) out.
// Pure apart from the two streams it is given, so that tests can run it on any argv.
#include <optional>
#include <ostream>

#include "cli/command.hpp"

namespace sitbreak::cli {

struct ParseOutcome {
    std::optional<Command> command;  // set when there is a call to make
    int exit_code = exit_ok;         // when there is not: 0 after --help/--version, else 2
};

// Help and version go to `out`; errors go to `err` as one line "sitbreak: <sentence>."
[[nodiscard]] ParseOutcome parse_command_line(int argc, const char* const* argv, std::ostream& out,
                                              std::ostream& err);

}  // namespace sitbreak::cli
