#pragma once
// Time vocabulary shared by the daemon and its clients: UTC instants, local wall-clock
// time on the same scale, calendar days, and the Zone seam that converts between them.
#include <chrono>

namespace sitbreak::common {

using Duration = std::chrono::seconds;
using TimePoint = std::chrono::sys_seconds;  // UTC
using Date = std::chrono::sys_days;          // a calendar day (local, after day_starts_at)
// Local wall-clock time expressed on the sys_seconds scale: 09:00 local is
// midnight of that local date plus 9 h, whatever the offset.
using LocalTime = std::chrono::sys_seconds;

// The seam for the local time zone. The daemon answers from localtime_r; tests answer
// with fixed offsets or hand-made DST rules.
class Zone {
public:
    virtual ~Zone() = default;
    // Offset of local time from UTC at the instant t (east positive, includes DST).
    [[nodiscard]] virtual Duration utc_offset(TimePoint t) const = 0;
};

class FixedZone final : public Zone {
public:
    explicit FixedZone(Duration offset = Duration{0}) : offset_{offset} {}
    [[nodiscard]] Duration utc_offset(TimePoint) const override { return offset_; }

private:
    Duration offset_;
};

[[nodiscard]] inline LocalTime to_local(TimePoint t, const Zone& zone) {
    return LocalTime{t.time_since_epoch() + zone.utc_offset(t)};
}

// The first instant whose local time is at or after `local`. In a spring-forward gap
// (02:30 does not exist) that is the end of the gap; in a fall-back overlap it is the
// earlier of the two instants.
[[nodiscard]] TimePoint from_local(LocalTime local, const Zone& zone);

}  // namespace sitbreak::common
