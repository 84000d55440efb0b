#include "client/call_failure.hpp"

#include <array>

namespace sitbreak::client {

namespace {

// Errors that mean "there is no daemon to talk to". System.Error.* are errnos from sd-bus
// itself (a refused or reset socket); Spawn.* come from a failed D-Bus activation.
constexpr std::array<std::string_view, 8> unreachable_names{
    "org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.NameHasNoOwner",
    "org.freedesktop.DBus.Error.NoServer",       "org.freedesktop.DBus.Error.NoNetwork",
    "org.freedesktop.DBus.Error.Disconnected",   "org.freedesktop.DBus.Error.BadAddress",
    "org.freedesktop.DBus.Error.FileNotFound",   "org.freedesktop.DBus.Error.AccessDenied"};
constexpr std::array<std::string_view, 3> timeout_names{"org.freedesktop.DBus.Error.Timeout",
                                                        "org.freedesktop.DBus.Error.TimedOut",
                                                        "org.freedesktop.DBus.Error.NoReply"};

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool listed(const auto& names, std::string_view name) {
    for (const std::string_view candidate : names) {
        if (candidate == name) return true;
    }
    return false;
}

}  // namespace

CallFailure classify_call_failure(std::string_view name) {
    if (starts_with(name, "org.sitbreak.")) return CallFailure::refused;
    if (listed(timeout_names, name)) return CallFailure::timed_out;
    if (listed(unreachable_names, name) || starts_with(name, "System.Error.") ||
        starts_with(name, "org.freedesktop.DBus.Error.Spawn.")) {
        return CallFailure::unreachable;
    }
    // Anything else came from whoever owns the name (UnknownMethod from a daemon of
    // another version, InvalidArgs): it refused, and its message says why.
    return CallFailure::refused;
}

std::string refusal_sentence(std::string_view name, std::string_view message) {
    std::string sentence{message.empty() ? "the daemon refused (" + std::string{name} + ")"
                                         : std::string{message}};
    while (!sentence.empty() && sentence.back() == '\n') sentence.pop_back();
    if (!sentence.empty() && sentence.back() != '.' && sentence.back() != '!' &&
        sentence.back() != '?') {
        sentence += '.';
    }
    return sentence;
}

}  // namespace sitbreak::client
