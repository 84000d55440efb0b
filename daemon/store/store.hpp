#pragma once
// The daemon's history: every sitting spell, prompt and answer, in SQLite (DESIGN §4, §5).
//
// One Store per process, used from one thread. Writes happen as events happen, one
// transaction each; when the disk refuses them they wait in memory, in order, and go
// out first on the next write or retry(). Reads never see events still waiting.
#include <SQLiteCpp/Database.h>

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "core/day.hpp"
#include "core/events.hpp"
#include "store/day_stats.hpp"
#include "store/error.hpp"

namespace sitbreak::store {

class Store {
public:
    // Opens the database at `path`, creating it and its directories (0700, file 0600).
    // Migrates the schema and closes what a previous run left open. A damaged file is
    // moved aside and a new one started: open_warning() then says so.
    // Throws Error when the file is from a newer sitbreak (it is left untouched) or
    // cannot be opened for writing at all.
    [[nodiscard]] static Store open(const std::filesystem::path& path);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();  // one last attempt to write what is waiting

    // Persists one domain event; `utc_offset` is the local offset in force at the event.
    // Never throws for disk trouble (see degraded()); throws std::invalid_argument for
    // an event that breaks the engine's contract.
    void record(const core::Event& event, core::Duration utc_offset);
    // The open spell's last input so far: where recovery ends it after a crash.
    void note_last_input(core::TimePoint at);

    // Writes what is waiting; true when nothing is left.
    bool retry();
    [[nodiscard]] bool degraded() const { return !pending_.empty(); }
    // One sentence for `sitbreak status`; empty when not degraded.
    [[nodiscard]] std::string degraded_reason() const;
    [[nodiscard]] std::size_t pending() const { return pending_.size(); }
    // Set when open() had to move a damaged file aside.
    [[nodiscard]] const std::optional<std::string>& open_warning() const { return warning_; }

    // Greater than every prompt id recorded, ever: ids stay unique across restarts.
    [[nodiscard]] core::PromptId next_prompt_id() const { return next_prompt_id_; }

    // Day statistics and streaks (rules in day_stats.hpp); they throw Error when the file
    // cannot be read. On ten years each reads the whole history (~8 ms of CPU here,
    // tests/bench/store_bench); the last range read is reused until the next write, so
    // asking for days and then the streak reads it once.
    [[nodiscard]] std::vector<DayStats> days(core::Date from, core::Date to,
                                             const core::Rules& rules) const;
    [[nodiscard]] core::Streak streak(core::Date today, const core::Rules& rules) const;
    // The whole history; columns in daemon/store/EXPORT.md.
    void export_csv(std::ostream& out) const;
    void export_json(std::ostream& out) const;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    struct LastInput {
        core::TimePoint at;
    };
    struct Pending {
        std::variant<core::Event, LastInput> write;
        core::Duration utc_offset;
    };

    Store(std::filesystem::path path, std::unique_ptr<SQLite::Database> db,
          std::optional<std::string> warning);
    bool flush();
    void write(const Pending& pending);
    // The first day whose statistics `pending` can change.
    [[nodiscard]] static core::Date earliest_day_touched(const Pending& pending);

    std::filesystem::path path_;
    std::unique_ptr<SQLite::Database> db_;
    std::deque<Pending> pending_;
    std::string last_error_;  // why the oldest pending write failed
    std::optional<std::string> warning_;
    core::PromptId next_prompt_id_{1};
    mutable DayHistory history_;
};

}  // namespace sitbreak::store
