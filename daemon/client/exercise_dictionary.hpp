#pragma once
// An exercise as GetExercises carries it, a{sv} (org.sitbreak.Sitbreak1.xml lists the
// keys): the daemon writes it and the clients read it with these two functions.
#include <sdbus-c++/Types.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "client/dictionary.hpp"
#include "common/exercise.hpp"

namespace sitbreak::client {


[[nodiscard]] Dictionary to_dictionary(const common::Exercise& exercise);
// A missing or mistyped key keeps the default; an unknown dose unit reads as reps.
[[nodiscard]] common::Exercise exercise_from_dictionary(const Dictionary& entry);

// The entries of `catalogue` named by `ids`, in the order of `ids`; unknown ids are left out.
[[nodiscard]] std::vector<common::Exercise> offered(const std::vector<std::string>& ids,
                                                    const std::vector<common::Exercise>& catalogue);

// "reps" | "seconds" | "paces"
[[nodiscard]] std::string_view to_string(common::Dose::Unit unit);

}  // namespace sitbreak::client
