#pragma once
// What every method of org.sitbreak.Sitbreak1 answers with when it cannot do what it was
// asked: the error names of the XML, each with a sentence for a person.
#include <sdbus-c++/Error.h>
#include <spdlog/spdlog.h>

#include <cstdint>
#include <optional>
#include <string>

#include "common/i18n.hpp"
#include "core/engine.hpp"

namespace sitbreak::service {

inline constexpr const char* kInvalidArgument = "org.sitbreak.Sitbreak1.Error.InvalidArgument";
inline constexpr const char* kRefused = "org.sitbreak.Sitbreak1.Error.Refused";
inline constexpr const char* kFailed = "org.sitbreak.Sitbreak1.Error.Failed";
inline constexpr const char* kHeld = "org.sitbreak.Sitbreak1.Error.Held";
inline constexpr uint32_t kMaxSnoozeMinutes = 24 * 60;
inline constexpr uint32_t kMaxPauseSeconds = 7 * 24 * 3600;
inline constexpr int kMaxDays = 3660;

[[noreturn]] inline void invalid(const std::string& sentence) {
    throw sdbus::Error{kInvalidArgument, sentence};
}

inline void refuse_if(std::optional<core::Refusal> refusal) {
    // In the user's language: the caller shows it as it is. (describe's views are literals,
    // so data() ends with the NUL that gettext needs.)
    if (refusal) throw sdbus::Error{kRefused, common::tr(core::describe(*refusal).data())};
}

// sdbus-c++ 1.2 turns only sdbus::Error into an error reply; anything else would unwind
// through sd-bus's C code.
template <class Body>
auto guarded(const char* method, Body body) -> decltype(body()) {
    try {
        return body();
    } catch (const sdbus::Error&) {
        throw;
    } catch (const std::exception& error) {
        spdlog::error("{} failed: {}", method, error.what());
        throw sdbus::Error{kFailed, std::string{method} + " failed: " + error.what()};
    }
}

}  // namespace sitbreak::service
