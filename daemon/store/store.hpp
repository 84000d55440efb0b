#pragma once
// The daemon's history: every sitting spell, prompt and answer, in SQLite (DESIGN §4, §5).
//
// One Store per process, used from one thread. Writes happen as events happen, one
// transaction each. When the file refuses them (disk full, read-only, immutable) or cannot
// be opened at all (a file where its directory should be, a newer schema), they are held
// in memory, in order, and go out first on the next write or retry(); nothing recorded is
// dropped while the daemon runs. Reads never see changes still held.
#include <SQLiteCpp/Database.h>

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/day.hpp"
#include "core/events.hpp"
#include "core/session.hpp"
#include "core/week.hpp"
#include "store/day_stats.hpp"
#include "store/error.hpp"
#include "store/session_writer.hpp"

namespace sitbreak::store {

class Store {
public:
    // Opens the database at `path`, creating it and its directories (0700, file 0600).
    // Migrates the schema and closes what a previous run left open. A damaged file is
    // moved aside and a new one started: open_warning() then says so.
    // Throws Error when the file is from a newer sitbreak (it is left untouched), is a
    // symbolic link (never followed), or cannot be opened for writing at all.
    [[nodiscard]] static Store open(const std::filesystem::path& path);
    // The same, except that a file that cannot be opened is not an error: the store then
    // holds what is recorded until retry() can open it, and degraded_reason() says why.
    // `now` numbers the prompts of such a run above any the file can hold.
    [[nodiscard]] static Store open_or_hold(const std::filesystem::path& path, core::TimePoint now);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();  // one last attempt to write what is held

    // Persists one domain event; `utc_offset` is the local offset in force at the event.
    // Never throws for disk trouble (see degraded()); throws std::invalid_argument for
    // an event that breaks the engine's contract.
    void record(const core::Event& event, core::Duration utc_offset);
    // Persists one record of the programme (store_programme.cpp), the same way.
    void record(const core::ProgrammeEvent& event, core::Duration utc_offset);
    // The open spell's last input so far: where recovery ends it after a crash.
    void note_last_input(core::TimePoint at);

    // Opens the file if it is not open, then writes what is held; true when nothing is
    // left. Held changes go out in as few transactions as fit, after the write-ahead log
    // has been emptied into the file, so that a disk with a little space again takes them.
    bool retry();
    [[nodiscard]] bool is_open() const { return db_ != nullptr; }
    [[nodiscard]] bool degraded() const { return !is_open() || !pending_.empty(); }
    // One sentence for `sitbreak status`; empty when not degraded.
    [[nodiscard]] std::string degraded_reason() const;
    // Changes held in memory, not yet on disk.
    [[nodiscard]] std::size_t pending() const { return pending_.size(); }
    // Set when open() had to move a damaged file aside.
    [[nodiscard]] const std::optional<std::string>& open_warning() const { return warning_; }

    // Greater than every prompt id recorded, ever: ids stay unique across restarts.
    [[nodiscard]] core::PromptId next_prompt_id() const { return next_prompt_id_; }
    // Greater than every session id recorded, ever.
    [[nodiscard]] core::SessionId next_session_id() const { return next_session_id_; }
    // Whether a confirmation carrying this token was recorded, and where. A token the file
    // holds is not found while the file cannot be opened; "" is never found.
    enum class Recorded { no, held, on_disk };
    [[nodiscard]] Recorded find_token(std::string_view token) const;
    // Confirmations still held that belong to `day` (by when they were made), so that
    // status counts them before they reach the file.
    [[nodiscard]] int held_done(core::Date day, std::chrono::minutes day_starts_at) const;
    // The first day a spell or prompt was recorded (a day early, whatever the offset);
    // nullopt for an empty or unreadable history.
    [[nodiscard]] std::optional<core::Date> first_day() const;

    // Day statistics and streaks (rules in day_stats.hpp); they throw Error when the file
    // cannot be read. What was read is kept until a write changes it, so asking for days
    // and then the streak reads the history once, and a streak after a write re-reads
    // only the days the write touched.
    [[nodiscard]] std::vector<DayStats> days(core::Date from, core::Date to,
                                             const core::Rules& rules) const;
    [[nodiscard]] core::Streak streak(core::Date today, const core::Rules& rules) const;
    // Sessions that started in [from, to), with their items; held ones are not among them.
    [[nodiscard]] std::vector<SessionRecord> sessions(core::TimePoint from,
                                                      core::TimePoint to) const;
    // Kept weeks in a row (core::weekly_streak) over the whole history up to `today`.
    [[nodiscard]] core::Streak weekly_streak(core::Date today, const core::Rules& rules,
                                             const core::Programme& programme) const;
    // An exercise's step in a routine, held or on disk (0, 0 when none was taken or the file
    // cannot be read), and the full doses of its run since then (on disk; oldest first).
    [[nodiscard]] ExerciseStep step(const std::string& routine, const std::string& exercise) const;
    [[nodiscard]] std::vector<bool> full_doses(const std::string& routine,
                                               const std::string& exercise,
                                               core::SessionId since) const;
    // The answer to the suggestion of `day`, held or on disk; nullopt when none was made.
    // A file that cannot be read says nullopt: a suggestion too many beats none.
    [[nodiscard]] std::optional<core::SuggestionAnswer> suggestion_on(core::Date day) const;
    // The whole history; columns in daemon/store/EXPORT.md.
    void export_csv(std::ostream& out) const;
    void export_json(std::ostream& out) const;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

    struct LastInput {
        core::TimePoint at;
    };
    // A change held in memory until the file takes it.
    struct Pending {
        std::variant<core::Event, LastInput, core::ProgrammeEvent> write;
        core::Duration utc_offset;
    };

private:
    explicit Store(std::filesystem::path path);
    void connect();
    enum class Effort { once, thorough };
    bool flush(Effort effort);
    bool write_batch(std::size_t count);
    void write(const Pending& pending);
    [[nodiscard]] SQLite::Database& readable() const;
    // The first day whose statistics `pending` can change.
    [[nodiscard]] static core::Date earliest_day_touched(const Pending& pending);
    [[nodiscard]] static core::Date earliest_day_touched(const core::ProgrammeEvent& event);

    std::filesystem::path path_;
    std::unique_ptr<SQLite::Database> db_;
    std::deque<Pending> pending_;
    std::string last_error_;  // why the file is not open, or why the oldest write failed
    std::optional<std::string> warning_;
    core::PromptId next_prompt_id_{1};
    core::SessionId next_session_id_{1};
    mutable DayHistory history_;
};

}  // namespace sitbreak::store
