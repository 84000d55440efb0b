#pragma once
// The rep tick through the desktop's sound theme (libcanberra, the XDG sound theme and naming
// specifications): the theme's short "audio-volume-change" click, which follows the user's
// theme, volume and event-sound settings like any other desktop sound.
//
// Without a sound server, a sound card or the sound, each play is skipped; the first failure
// is logged, once per process, and no later one.
#include <functional>
#include <string>

#include "tray/windows/rep_sound.hpp"

struct ca_context;

namespace sitbreak::tray {
struct Canberra;
}

namespace sitbreak::tray {

class CanberraRepSound : public RepSound {
public:
    using Log = std::function<void(const std::string&)>;

    // `driver` names libcanberra's output driver; empty lets it choose (tests name one that
    // does not exist, for a sound that cannot play anywhere).
    explicit CanberraRepSound(Log log, const std::string& driver = {});
    ~CanberraRepSound() override;
    CanberraRepSound(const CanberraRepSound&) = delete;
    CanberraRepSound& operator=(const CanberraRepSound&) = delete;

    void play() override;

private:
    void failed(const std::string& what);

    Log log_;
    const Canberra* library_{nullptr};  // dlopen'ed on first use
    ca_context* context_{nullptr};
};

}  // namespace sitbreak::tray
