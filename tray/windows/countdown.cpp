#include "tray/windows/countdown.hpp"

#include "common/i18n.hpp"

#include <algorithm>

namespace sitbreak::tray {

namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

SqueezeCue cue_at(milliseconds elapsed, milliseconds length) {
    if (length < SqueezeCountdown::shortest_with_sides) return SqueezeCue::both;
    if (elapsed * 2 < length) return SqueezeCue::both;
    if (elapsed * 4 < length * 3) return SqueezeCue::right;
    return SqueezeCue::left;
}

}  // namespace

SqueezeCountdown::SqueezeCountdown(seconds length) : length_{std::max(length, seconds{1})} {}

CountdownState SqueezeCountdown::at(milliseconds elapsed) const {
    const milliseconds length = length_;
    elapsed = std::clamp(elapsed, milliseconds{0}, length);
    const milliseconds left = length - elapsed;
    CountdownState state;
    state.remaining = std::chrono::ceil<seconds>(left);
    state.fraction_done =
        static_cast<double>(elapsed.count()) / static_cast<double>(length.count());
    state.cue = cue_at(elapsed, length);
    state.finished = left == milliseconds{0};
    return state;
}

std::string_view cue_text(SqueezeCue cue) {
    switch (cue) {
    case SqueezeCue::both: return common::tr("Squeeze both glutes");
    case SqueezeCue::right: return common::tr("Now only the right side");
    case SqueezeCue::left: return common::tr("Now only the left side");
    }
    return "";
}

}  // namespace sitbreak::tray
