#pragma once
// StatsData as JSON, for the demo: the keys are DayRecord's and StatsData's field names.
//   {"current_streak": 3, "best_streak": 9, "daily_goal": 5,
//    "days": [{"date": "2024-06-14", "status": "kept", "done": 6, ...}, ...]}
#include <filesystem>

#include "tray/windows/window_data.hpp"

namespace sitbreak::tray::demo {

// Throws std::runtime_error naming the file and the problem.
[[nodiscard]] StatsData load_stats(const std::filesystem::path& path);

}  // namespace sitbreak::tray::demo
