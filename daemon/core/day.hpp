#pragma once
// Days, goals and streaks (DESIGN §4). Pure functions: the store feeds them what it
// has recorded, the engine asks them where a day ends.
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "rules.hpp"
#include "time.hpp"

namespace sitbreak::core {

// The sitbreak day an instant belongs to, given the UTC offset in force at that instant.
// A day runs from day_starts_at local to the next, so 02:00 belongs to the day before.
[[nodiscard]] Date day_of(TimePoint t, Duration utc_offset, std::chrono::minutes day_starts_at);
[[nodiscard]] Date day_of(TimePoint t, const Zone& zone, std::chrono::minutes day_starts_at);
// The instant the sitbreak day `date` begins.
[[nodiscard]] TimePoint day_start(Date date, const Zone& zone, std::chrono::minutes day_starts_at);
[[nodiscard]] TimePoint next_day_start(TimePoint t, const Zone& zone,
                                       std::chrono::minutes day_starts_at);

// A span [from, to) cut at day boundaries, with the offset in force at `from`.
[[nodiscard]] std::vector<std::pair<Date, Duration>> split_by_day(
    TimePoint from, TimePoint to, Duration utc_offset, std::chrono::minutes day_starts_at);

enum class DayStatus { kept, missed, neutral, rest };
[[nodiscard]] std::string_view to_string(DayStatus status);

// What one day holds. Prompt counts are final outcomes; `snoozed` counts snoozes.
struct DayTally {
    Duration sitting{0};
    Duration longest_spell{0};
    int spells{0};
    int prompts{0};
    // Confirmed exercises by id, in the order first confirmed that day.
    std::vector<std::pair<ExerciseId, int>> done_by;
    int snoozed{0};
    int skipped{0};
    int natural{0};
    int ignored{0};
    bool rest_day{false};
    int sessions{0};  // activation sessions that count for the week (core/session.hpp)
    void count_done(std::string_view exercise, int times = 1);
    [[nodiscard]] int done_of(std::string_view exercise) const;
    [[nodiscard]] int done() const;
    friend bool operator==(const DayTally&, const DayTally&) = default;
};

[[nodiscard]] bool is_desk_day(const DayTally& day, const Rules& rules);
[[nodiscard]] DayStatus classify(const DayTally& day, const Rules& rules);

struct DayRecord {
    Date date;
    DayStatus status;
};

struct Streak {
    int current{0};
    int best{0};
    friend bool operator==(const Streak&, const Streak&) = default;
};

// The rest days a person can mean (issue 12): from a year before the first recorded day
// (today, when nothing is recorded) to a year after today. nullopt when `date` is one of
// them, else the sentence that refuses it. A date centuries away made every streak walk
// every day in between.
[[nodiscard]] std::optional<std::string> rest_day_refusal(Date date, Date today,
                                                          std::optional<Date> first_recorded);

// Days may come in any order and with gaps; a missing day is neutral. Neutral and rest
// days are stepped over; a missed day ends a run. Today counts once kept, and today not
// (yet) kept does not end the current streak.
[[nodiscard]] Streak compute_streak(std::span<const DayRecord> days, Date today);

}  // namespace sitbreak::core
