#include "support/daytime_zone.hpp"

namespace sitbreak::test {

namespace {

DaytimeZone make_daytime_zone() {
    using namespace std::chrono;
    const auto since_midnight = system_clock::now().time_since_epoch() % days{1};
    const auto utc_hour = duration_cast<hours>(since_midnight);
    const hours offset = hours{10} - utc_hour;  // -13 h to +10 h
    // POSIX counts the offset the other way: "SBT-3" is three hours east of UTC.
    return {"SBT" + std::to_string(-offset.count()), offset};
}

}  // namespace

const DaytimeZone& daytime_zone() {
    static const DaytimeZone zone = make_daytime_zone();
    return zone;
}

}  // namespace sitbreak::test
