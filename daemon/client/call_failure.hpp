#pragma once
// What a failed call to the daemon means for the user, from the D-Bus error's name, and
// the daemon's own sentence for its refusals. The CLI (exit codes, DESIGN §7) and the tray
// (one line in a dialog) read errors the same way.
#include <string>
#include <string_view>

namespace sitbreak::client {

enum class CallFailure {
    refused,      // the daemon answered with an error; its message says why
    unreachable,  // no bus, or nobody owns org.sitbreak.Sitbreak1
    timed_out,    // the daemon owns the name but did not answer in time
};

// Pure.
[[nodiscard]] CallFailure classify_call_failure(std::string_view error_name);

// The daemon's message as one sentence ending in a period; when it sent none, a sentence
// naming the error.
[[nodiscard]] std::string refusal_sentence(std::string_view error_name, std::string_view message);

}  // namespace sitbreak::client
