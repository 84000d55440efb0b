#pragma once
#include "config/settings.hpp"

namespace sitbreak::service {

// Logs go to stderr; under systemd (JOURNAL_STREAM set) each line starts with the
// syslog priority as <N>, which journald turns into the entry's level.
void set_up_logging();
void set_log_level(config::LogLevel level);

}  // namespace sitbreak::service
