#pragma once
// The exercises a demo prompt offers, as JSON: an array of objects whose keys are
// common::Exercise's field names (dose and tempo as objects of theirs; dose.unit is "reps",
// "seconds" or "paces"). Missing keys keep Exercise's defaults; relative figure and image
// paths are taken from the file's folder.
//   [{"id": "bridges", "name": "Glute bridge", "label": "Did 10 bridges",
//     "start": "Start 10 bridges", "dose": {"unit": "reps", "amount": 10},
//     "tempo": {"up": 1, "hold": 1, "down": 2}, "steps": ["..."], "feel": "...",
//     "figures": ["figures/bridges-1.svg", "figures/bridges-2.svg"]}]
#include <filesystem>
#include <vector>

#include "common/exercise.hpp"

namespace sitbreak::tray::demo {

// Throws std::runtime_error naming the file and the problem.
[[nodiscard]] std::vector<common::Exercise> load_exercises(const std::filesystem::path& path);

// The two exercises of the default hourly prompt as the shipped catalogue has them, with
// their figures from `figures` (bridges-1.svg, bridges-2.svg, squeeze-1.svg, squeeze-2.svg).
[[nodiscard]] std::vector<common::Exercise> sample_exercises(const std::filesystem::path& figures);

}  // namespace sitbreak::tray::demo
