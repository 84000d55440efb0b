#pragma once
// Config files several suites start their daemons with.
namespace sitbreak::test {

// Short breaks and a quick spell, but the prompt an hour away: for tests of what happens
// while the user sits with no prompt near (no sound-server client, the idle backends).
inline constexpr const char* kPromptAnHourAway = R"([sitting]
limit = "1h"
break_after = "3s"

[idle]
min_activity = "1s"
)";

}  // namespace sitbreak::test
