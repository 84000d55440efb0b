// sitbreak: the command-line client of sitbreakd (DESIGN §7).
#include <exception>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/run.hpp"
#include "common/i18n.hpp"

int main(int argc, char** argv) {
    namespace cli = sitbreak::cli;
    sitbreak::common::set_up_translation();
    try {
        const cli::ParseOutcome parsed = cli::parse_command_line(argc, argv, std::cout, std::cerr);
        if (!parsed.command) return parsed.exit_code;
        return cli::run(*parsed.command, std::cout, std::cerr);
    } catch (const std::exception& error) {
        // Nothing expected lands here (out of memory, a reply of the wrong type).
        std::cerr << "sitbreak: unexpected error: " << error.what() << "\n";
        return cli::exit_refused;
    }
}
