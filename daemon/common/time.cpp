#include "time.hpp"

#include <algorithm>

namespace sitbreak::common {

TimePoint from_local(LocalTime local, const Zone& zone) {
    using namespace std::chrono;
    // Offsets a day either side cover any single transition near `local`.
    const TimePoint as_utc{local.time_since_epoch()};
    const Duration before = zone.utc_offset(as_utc - days{1});
    const Duration after = zone.utc_offset(as_utc + days{1});
    const TimePoint with_before = as_utc - before;
    const TimePoint with_after = as_utc - after;
    const bool before_fits = to_local(with_before, zone) == local;
    const bool after_fits = to_local(with_after, zone) == local;
    if (before_fits && after_fits) return std::min(with_before, with_after);
    if (before_fits) return with_before;
    if (after_fits) return with_after;
    // A gap: the answer is the transition, the first instant whose local time is past `local`.
    TimePoint lo = std::min(with_before, with_after);
    TimePoint hi = std::max(with_before, with_after);
    while (lo < hi) {
        const TimePoint mid = lo + (hi - lo) / 2;
        if (to_local(mid, zone) >= local) {
            hi = mid;
        } else {
            lo = mid + Duration{1};
        }
    }
    return lo;
}

}  // namespace sitbreak::common
