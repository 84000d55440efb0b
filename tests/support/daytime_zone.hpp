#pragma once
// The time zone the daemons of a test live in. Tests run at any hour, but a sitbreak day
// begins at 04:00 local and the programme suggests sessions after 16:00 local: a test that
// happened to run across either would see a new day or an extra notification. In this
// zone it is 10:xx now, so neither comes during a test that does not ask for it.
#include <chrono>
#include <string>

namespace sitbreak::test {

struct DaytimeZone {
    std::string tz;                 // a POSIX TZ value, e.g. "SBT-3" for UTC+3
    std::chrono::hours utc_offset;  // local = UTC + utc_offset
};

// The same for the whole test process: fixed at the first call.
[[nodiscard]] const DaytimeZone& daytime_zone();

}  // namespace sitbreak::test
