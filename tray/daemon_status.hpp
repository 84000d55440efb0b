#pragma once
// The tray reads GetStatus with the clients' one parser (client/status.hpp).
#include "client/status.hpp"

namespace sitbreak::tray {

using client::DaemonState;
using client::DaemonStatus;
using client::parse_state;
using client::parse_status;

}  // namespace sitbreak::tray
