#pragma once
// The layout checker: reads every quoted #include in the project's C++ sources and reports
// each arrow the room table forbids (DESIGN §2: dependencies point one way).
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace sitbreak::layout {

// One forbidden arrow: `file` (relative to the project root, with '/') includes `include`
// on line `line`; `message` names the rule it breaks.
struct Violation {
    std::string file;
    std::size_t line = 0;
    std::string include;
    std::string message;
};

// Checks every *.cpp, *.hpp, *.h and *.c under daemon/, config/ and tray/ of `root`
// (never tests/, packaging/ or build directories), in path order.
[[nodiscard]] std::vector<Violation> check_includes(const std::filesystem::path& root);

// `file:line: includes "x": rule`, one line.
[[nodiscard]] std::string describe(const Violation& violation);

}  // namespace sitbreak::layout
