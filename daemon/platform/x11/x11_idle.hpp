#pragma once
// Picks the X11 idle backend: XSync's IDLETIME alarms, else MIT-SCREEN-SAVER queries.
#include "platform/event_loop.hpp"
#include "platform/idle_source.hpp"
#include "platform/x11/x11_connection.hpp"

namespace sitbreak::platform {

// A source (reporting to `listener` from the loop's next iteration on), or, when the server
// offers neither extension, no source and a sentence for status and the log.
[[nodiscard]] IdleProbe open_x11_idle(X11Connection& x, EventLoop& loop, IdleListener& listener,
                                      core::Duration threshold);

}  // namespace sitbreak::platform
