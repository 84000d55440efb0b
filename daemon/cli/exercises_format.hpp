#pragma once
// `sitbreak exercises`: the daemon's catalogue (GetExercises) as a list for people and as
// JSON for scripts. Pure.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "client/human_text.hpp"
#include "common/exercise.hpp"

namespace sitbreak::cli {

using client::dose_text;  // "10 reps", "30 s", "20 paces per side"

// One object per exercise, the GetExercises keys with dose and tempo as objects.
[[nodiscard]] nlohmann::ordered_json exercises_json(const std::vector<common::Exercise>& exercises);

// One line per exercise: id, name, dose, and whether a prompt may offer it:
//   bridges            Glute bridge            10 reps             hourly
[[nodiscard]] std::string exercises_text(const std::vector<common::Exercise>& exercises);

}  // namespace sitbreak::cli
