#pragma once
// One exercise of the catalogue (DESIGN §14.1), as config/ loads it and the bus carries it
// (GetExercises): plain values, shared by the daemon, the CLI and the tray, so that the
// windows draw from it without knowing D-Bus.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitbreak::common {

// How much of an exercise makes one set: 10 reps, a 30-second hold, 20 paces; per side
// when `per_side` (then the amount is for each side).
struct Dose {
    enum class Unit { reps, seconds, paces };
    Unit unit{Unit::reps};
    std::uint32_t amount{10};
    bool per_side{false};
    friend bool operator==(const Dose&, const Dose&) = default;
};

// One guided rep (or pace): seconds moving into the end pose, held there, moving back.
struct Tempo {
    double up{1.0};
    double hold{1.0};
    double down{2.0};
    [[nodiscard]] double rep_seconds() const { return up + hold + down; }
    friend bool operator==(const Tempo&, const Tempo&) = default;
};

// An id is 1 to 32 of a-z, 0-9 and _, starting with a letter: safe in a file name, a
// D-Bus action key, a CSV field and a shell word.
[[nodiscard]] inline bool is_exercise_id(std::string_view text) {
    if (text.empty() || text.size() > 32 || text[0] < 'a' || text[0] > 'z') return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

struct Exercise {
    std::string id;      // stable: "bridges", "band_walk"; what Confirm and the history use
    std::string name;    // "Glute bridge"
    std::string prompt;  // in the prompt's sentence: "10 glute bridges"
    std::string label;   // an action that counts it at once: "Did 10 bridges"
    std::string start;   // the popup's guided start: "Start 10 bridges"
    Dose dose;
    Tempo tempo;
    std::vector<std::string> steps;  // 2-4 short sentences
    std::string feel;                // where it should be felt
    // Absolute paths of the key poses (SVG), first to last; the first is the start pose.
    std::vector<std::string> figures;
    std::string image;    // absolute path of a PNG of the first pose, or empty
    bool mirror{false};   // the figure shows one side: mirror it for the other
    bool micro{false};    // may be offered by the hourly prompt (prompt.exercises)
    std::string article;  // the part of the article it comes from
    friend bool operator==(const Exercise&, const Exercise&) = default;
};

}  // namespace sitbreak::common
