#pragma once
// The daemon's guarded(): a failure in a handler called from C (see guard.hpp) is logged
// through spdlog.
#include <spdlog/spdlog.h>

#include <string_view>
#include <utility>

#include "common/guard.hpp"

namespace sitbreak::platform {

inline void log_handler_failure(std::string_view what, const char* why) noexcept {
    spdlog::error("{}: {}", what, why);
}

template <typename Body>
void guarded(std::string_view what, Body&& body) noexcept {
    common::guarded_by(log_handler_failure, what, std::forward<Body>(body));
}

}  // namespace sitbreak::platform
