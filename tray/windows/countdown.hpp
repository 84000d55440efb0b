#pragma once
// The guided glute squeeze: how much of it is left at a moment, and what to squeeze. The
// popup asks it once a second while the countdown runs; time comes in, no clock is read.
#include <chrono>
#include <string_view>

namespace sitbreak::tray {

// The article's self-test ("clench your right butt cheek ... now try the left") as the
// second half of a long enough squeeze: both sides, then right, then left.
enum class SqueezeCue { both, right, left };

struct CountdownState {
    std::chrono::seconds remaining{0};  // rounded up: "30" shows until a full second passed
    double fraction_done{0};            // 0 at the start, 1 at the end
    SqueezeCue cue{SqueezeCue::both};
    bool finished{false};
};

class SqueezeCountdown {
public:
    // Squeezes shorter than this get no left/right cue: a side would last under 3 s.
    static constexpr std::chrono::seconds shortest_with_sides{12};

    explicit SqueezeCountdown(std::chrono::seconds length);
    [[nodiscard]] std::chrono::seconds length() const { return length_; }
    // The state `elapsed` after the start; negative elapsed counts as 0.
    [[nodiscard]] CountdownState at(std::chrono::milliseconds elapsed) const;

private:
    std::chrono::seconds length_;
};

[[nodiscard]] std::string_view cue_text(SqueezeCue cue);

}  // namespace sitbreak::tray
