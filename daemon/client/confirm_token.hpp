#pragma once
// What the CLI and the tray share about the bus (DESIGN §2, daemon/client): here, the
// token a client sends with ConfirmOnce, so that the daemon can tell a retried confirmation
// (after a lost reply) from a new one.
#include <string>

namespace sitbreak::client {

// 128 random bits as 32 hexadecimal digits.
[[nodiscard]] std::string confirm_token();

}  // namespace sitbreak::client
