#pragma once
// The soft tick at each rep of a guided set (the popup's `tick` option), behind an interface:
// the desktop's sound theme plays it in the tray (canberra_rep_sound.hpp), tests count it.
namespace sitbreak::tray {

class RepSound {
public:
    virtual ~RepSound() = default;
    // Starts the sound and returns at once; a sound that cannot play is skipped.
    virtual void play() = 0;
};

}  // namespace sitbreak::tray
