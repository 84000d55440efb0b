#pragma once
// The sitting engine (DESIGN §3): turns activity, lock, sleep and the user's commands
// into sitting spells and prompts. Pure: every input carries its time, the engine never
// reads a clock, and it says when it next needs to be woken (next_deadline) so the
// daemon can sleep until then instead of ticking.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events.hpp"
#include "rules.hpp"
#include "time.hpp"

namespace sitbreak::core {

// Reasons outside the engine's own rules not to open a prompt now.
enum class Quiet { dnd, fullscreen, call };

// Why a prompt that is due has not opened (DESIGN §3): the user is typing (it opens at the
// first pause, at most prompt.max_wait later), or something holds prompts back.
enum class Hold { typing, dnd, fullscreen, call, lock };

[[nodiscard]] std::string_view to_string(Hold hold);

struct PromptWait {
    TimePoint since;  // when the prompt was due
    Hold reason;
    friend bool operator==(const PromptWait&, const PromptWait&) = default;
};

// Why a command was not carried out; each has a sentence for the user (describe).
enum class Refusal {
    no_prompt_open,
    snooze_limit_reached,
    not_paused,
    paused,
    not_sitting,
    prompt_already_open,
};
[[nodiscard]] std::string_view describe(Refusal refusal);

struct Status {
    State state{State::away};
    std::optional<TimePoint> sitting_since;   // start of the current spell
    std::optional<TimePoint> hour_started;    // what the hour clock counts from
    std::optional<TimePoint> next_prompt_at;  // nullopt: none scheduled
    std::optional<TimePoint> paused_until;
    std::optional<PromptId> prompt;  // the prompt showing now
    int snoozes_left{0};             // for the prompt showing now
    bool quiet{false};               // DND, fullscreen, a call or a lock holds prompts back
    std::optional<PromptWait> waiting;  // a due prompt not shown yet, and why
    // Steps by which prompt.escalate brings prompts earlier now (0: none); the prompt
    // showing is then marked urgent.
    int escalation{0};
    // The limit the hour clock counts to now: sitting.limit, less the escalation.
    Duration limit{0};
};

class Engine {
public:
    // `now` is when the engine starts; prompt ids continue from `next_prompt_id` so they
    // stay unique across restarts.
    Engine(Rules rules, const Zone& zone, TimePoint now, PromptId next_prompt_id = 1);

    // Activity. on_active: first input after being idle. on_input: the latest input the
    // daemon knows of, learned at `now` (also starts a spell if none is running).
    // on_idle: no input since `since`, for at least break_after, learned at `now`.
    void on_active(TimePoint t);
    void on_input(TimePoint last_input, TimePoint now);
    void on_idle(TimePoint since, TimePoint now);
    void on_locked(TimePoint t);
    void on_unlocked(TimePoint t);
    void on_slept(TimePoint from, TimePoint to);
    // Nothing senses input any more (the X server went away): the user counts as away
    // from their last known input, and no prompt opens from a dead sensor.
    void on_sensor_lost(TimePoint now);
    // No input for prompt.wait_for_pause, learned at `t`: a prompt waiting for a pause in
    // typing (status().waiting, Hold::typing) shows now. Ignored when none waits.
    void on_pause(TimePoint t);
    // The wall clock was set `by` (forward or back). Everything the engine holds is
    // re-stamped by as much: a spell keeps the length it had, the hour clock and a pause
    // keep what is left of them, and no deadline fires because the clock jumped past it.
    // Emits ClockStepped; later inputs carry times on the new clock.
    void clock_stepped(Duration by);
    void set_quiet(Quiet reason, bool on, TimePoint t);
    void set_rules(Rules rules, TimePoint t);

    // The user's commands; nullopt means done. `token`, chosen by the client, is kept with
    // the confirmation so that a retry of it can be recognised ("" = none).
    [[nodiscard]] std::optional<Refusal> confirm(ExerciseId exercise, TimePoint t,
                                                 std::string token = "");
    // nullopt length: prompt.snooze.
    [[nodiscard]] std::optional<Refusal> snooze(std::optional<Duration> length, TimePoint t);
    [[nodiscard]] std::optional<Refusal> skip(TimePoint t);
    // nullopt length: the rest of the day.
    [[nodiscard]] std::optional<Refusal> pause(std::optional<Duration> length, TimePoint t);
    [[nodiscard]] std::optional<Refusal> resume(TimePoint t);
    [[nodiscard]] std::optional<Refusal> prompt_now(TimePoint t);
    void mark_rest_day(Date date, TimePoint t);
    void clear_rest_day(Date date, TimePoint t);
    // The daemon stops: the spell ends at its last known input, an open prompt is ignored.
    void shutdown(TimePoint t);

    // Fires everything due up to `now`, each at its own time.
    void advance(TimePoint now);
    [[nodiscard]] std::optional<TimePoint> next_deadline() const;
    // While a new spell waits to be told from a bumped mouse: the moment from which input
    // reported by on_input confirms it. An event-driven idle source reports no input while
    // the user types, so the caller asks for the idle time then, rather than leaving the
    // user "away" until the confirm_spell deadline (min_activity + break_after).
    [[nodiscard]] std::optional<TimePoint> spell_confirmable_at() const;
    // When a prompt (or its re-notification) may next show, for a sensor worth running only
    // around then (schedule.quiet_when's call): a due prompt that something holds back may
    // show any moment, so now. nullopt while paused or with none to come.
    [[nodiscard]] std::optional<TimePoint> next_showing() const;
    [[nodiscard]] std::vector<Event> take_events();

    [[nodiscard]] Status status() const;
    [[nodiscard]] const Rules& rules() const { return rules_; }
    [[nodiscard]] TimePoint now() const { return now_; }

private:
    struct Spell {
        TimePoint start;
        TimePoint last_input;
        bool confirmed;  // input lasted idle.min_activity: not a bumped mouse
    };
    struct OpenPrompt {
        PromptId id;
        int snoozes;
        bool showing;
        TimePoint last_shown;                // opened, re-opened or re-notified
        std::optional<TimePoint> reopen_at;  // while snoozed
    };
    enum class Deadline {
        confirm_spell,
        lock_break,
        pause_end,
        day_end,
        open_prompt,
        renotify,
        held_prompt
    };
    struct Due {
        TimePoint at;
        Deadline what;
    };
    // A showing (open_prompt or renotify) that came due while the user typed.
    struct Waiting {
        Deadline what;
        TimePoint since;
        bool paused;  // the pause came: it shows now
    };

    [[nodiscard]] std::optional<Due> earliest_due() const;
    [[nodiscard]] std::optional<TimePoint> prompt_opens_at() const;
    [[nodiscard]] std::optional<TimePoint> prompt_due() const;
    [[nodiscard]] std::optional<TimePoint> renotify_at() const;
    [[nodiscard]] bool waits_for_pause(Deadline what);
    void drop_stale_wait();
    [[nodiscard]] std::optional<PromptWait> held_prompt() const;
    [[nodiscard]] Duration current_limit() const;
    void count_outcome(Outcome outcome);
    [[nodiscard]] bool held_back() const;
    [[nodiscard]] State current_state() const;
    void fire(const Due& due);
    void emit(Event event);
    void publish_state();
    void settle();

    void start_spell(TimePoint t);
    void confirm_spell();
    void end_spell(TimePoint last_input, EndReason reason);
    void go_away(TimePoint last_input, EndReason reason);
    void open_prompt(bool unprompted);
    void close_prompt(Outcome outcome, std::optional<ExerciseId> exercise = std::nullopt,
                      std::string token = "");
    void reset_hour_clock() { hour_reset_ = now_; }

    Rules rules_;
    const Zone& zone_;
    TimePoint now_;
    PromptId next_prompt_id_;
    std::optional<Spell> spell_;
    std::optional<OpenPrompt> prompt_;
    std::optional<TimePoint> hour_reset_;  // last Done or Skip
    std::optional<TimePoint> paused_until_;
    std::optional<TimePoint> locked_since_;
    std::optional<TimePoint> last_spell_end_;
    std::optional<Waiting> waiting_;
    int misses_{0};      // prompts in a row that ended skipped or ignored
    int escalation_{0};  // steps of prompt.escalate_step the limit is shortened by
    bool dnd_{false};
    bool fullscreen_{false};
    bool call_{false};
    State published_{State::away};
    std::vector<Event> events_;
};

}  // namespace sitbreak::core
