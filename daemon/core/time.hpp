#pragma once
// The core's time vocabulary is the one both ends of the bus share (common/time.hpp); the
// core never reads a clock: every input carries its time, and local time comes from a
// Zone handed in by the caller.
#include "common/time.hpp"

namespace sitbreak::core {

using common::Date;
using common::Duration;
using common::FixedZone;
using common::from_local;
using common::LocalTime;
using common::TimePoint;
using common::to_local;
using common::Zone;

}  // namespace sitbreak::core
