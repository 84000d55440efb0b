#include "cli/session_runner.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "cli/exercises_format.hpp"
#include "cli/terminal.hpp"
#include "cli/week_format.hpp"
#include "client/human_text.hpp"
#include "client/wall_clock.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using namespace std::chrono;
using Clock = steady_clock;

constexpr int kBarWidth = 24;

std::string bar(std::uint32_t done, std::uint32_t total) {
    const auto filled = total == 0 ? kBarWidth : static_cast<int>(done * kBarWidth / total);
    return "[" + std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(kBarWidth - filled), '-') + "]";
}

const common::Exercise* find(const std::vector<common::Exercise>& exercises,
                             const std::string& id) {
    const auto it = std::find_if(exercises.begin(), exercises.end(),
                                 [&](const common::Exercise& e) { return e.id == id; });
    return it == exercises.end() ? nullptr : &*it;
}

// A catalogue's text (a name, a step) in the user's language, made safe for a terminal.
std::string shown(const std::string& text, std::size_t max_bytes) {
    return common::printable(common::tr(text.c_str()), max_bytes);
}

std::string exercise_name(const std::vector<common::Exercise>& exercises, const std::string& id) {
    const common::Exercise* e = find(exercises, id);
    return e ? shown(e->name, 60) : common::printable(id, 60);
}

// What became of a set or an item.
enum class End { done, skipped, stopped };

struct SetResult {
    std::uint32_t amount{0};
    End end{End::done};
};

class Walk {
public:
    Walk(DaemonClient& client, std::ostream& out, const common::Routine& routine,
         std::vector<common::Exercise> exercises, std::uint64_t id)
        : client_{client}, out_{out}, routine_{routine}, exercises_{std::move(exercises)}, id_{id} {}

    // True when walked to the end.
    bool walk() {
        for (std::uint32_t i = 0; i < routine_.items.size(); ++i) {
            if (item(i) == End::stopped) return false;
        }
        return true;
    }
    [[nodiscard]] int done() const { return done_; }
    [[nodiscard]] int skipped() const { return skipped_; }

private:
    End item(std::uint32_t position) {
        const common::RoutineItem& item = routine_.items[position];
        const common::Exercise* exercise = find(exercises_, item.exercise);
        introduce(position, item, exercise);
        const Key start = wait_for_start();
        if (start == Key::skip) return report(position, 0, 0, End::skipped);
        if (start != Key::enter) return End::stopped;
        std::uint32_t sets = 0;
        std::uint32_t amount = 0;
        for (std::uint32_t set = 1; set <= item.sets; ++set) {
            const SetResult result = run_set(item, exercise, set);
            amount += result.amount;
            if (result.end == End::done) ++sets;
            if (result.end != End::done) return report(position, sets, amount, result.end);
            if (set < item.sets && rest(item.rest_seconds) != End::done) {
                return report(position, sets, amount, End::stopped);
            }
        }
        return report(position, sets, amount, End::done);
    }

    void introduce(std::uint32_t position, const common::RoutineItem& item,
                   const common::Exercise* exercise) {
        common::Dose dose = exercise ? exercise->dose : common::Dose{};
        dose.amount = item.amount;
        // TRANSLATORS: {0} of {1} exercises in the session: {2} its name, {3} its sets,
        // {4} the dose of a set ("10 reps").
        out_ << "\n"
             << common::tr_n_format("{0} of {1}: {2}, {3} set of {4}",
                                    "{0} of {1}: {2}, {3} sets of {4}", item.sets, position + 1,
                                    routine_.items.size(), exercise_name(exercises_, item.exercise),
                                    item.sets, dose_text(dose))
             << "\n";
        if (exercise) {
            for (const std::string& step : exercise->steps)
                out_ << "  - " << shown(step, 200) << "\n";
        }
        if (!item.without.empty()) out_ << "  " << shown(item.without, 200) << "\n";
        // TRANSLATORS: the keys stay Enter, s and Ctrl-C.
        out_ << common::tr("Enter to start, s to skip this one, Ctrl-C to stop.") << std::flush;
    }

    Key wait_for_start() {
        for (;;) {
            const Key key = terminal_.wait(hours{1});
            if (key == Key::enter || key == Key::skip || key == Key::interrupted ||
                key == Key::closed) {
                out_ << "\n";
                return key;
            }
        }
    }

    SetResult run_set(const common::RoutineItem& item, const common::Exercise* exercise,
                      std::uint32_t set) {
        const bool timed = exercise && exercise->dose.unit == common::Dose::Unit::seconds;
        const bool sides = exercise && exercise->dose.per_side;
        const std::uint32_t units = item.amount * (sides ? 2 : 1);
        const auto unit = timed ? duration<double>{1.0}
                                : duration<double>{exercise ? exercise->tempo.rep_seconds() : 3.0};
        std::uint32_t done = 0;
        auto next = Clock::now() + duration_cast<Clock::duration>(unit);
        while (done < units) {
            show_set(item, set, done, units, timed, sides);
            const auto left = duration_cast<milliseconds>(next - Clock::now());
            const Key key = terminal_.wait(std::max(left, milliseconds{0}));
            if (key == Key::none && Clock::now() >= next) {
                ++done;
                next += duration_cast<Clock::duration>(unit);
            } else if (key == Key::enter) {
                done = units;
            } else if (key == Key::pause) {
                if (pause() == End::stopped) return {done / (sides ? 2u : 1u), End::stopped};
                next = Clock::now() + duration_cast<Clock::duration>(unit);
            } else if (key == Key::skip || key == Key::interrupted || key == Key::closed) {
                out_ << "\n";
                return {done / (sides ? 2u : 1u), key == Key::skip ? End::skipped : End::stopped};
            }
        }
        show_set(item, set, units, units, timed, sides);
        out_ << "\n";
        return {units / (sides ? 2u : 1u), End::done};
    }

    void show_set(const common::RoutineItem& item, std::uint32_t set, std::uint32_t done,
                  std::uint32_t units, bool timed, bool sides) {
        out_ << "\r  " << common::tr_format("Set {0}/{1}", set, item.sets) << "  ";
        if (timed) {
            out_ << common::tr_format("{} s left", units - done) << " ";
        } else {
            const std::uint32_t per_side = units / (sides ? 2 : 1);
            if (sides) out_ << (done < per_side ? common::tr("left") : common::tr("right")) << " ";
            out_ << common::tr_format("rep {0}/{1}",
                                      std::min(done % std::max(per_side, 1u) + 1, per_side),
                                      per_side)
                 << " ";
        }
        out_ << bar(done, units) << "   " << std::flush;
    }

    End rest(std::uint32_t seconds_left) {
        for (; seconds_left > 0; --seconds_left) {
            out_ << "\r  " << common::tr_format("Rest {} s (Enter to go on)", seconds_left) << "   "
                 << std::flush;
            const Key key = terminal_.wait(seconds{1});
            if (key == Key::enter) break;
            if (key == Key::interrupted || key == Key::closed) return End::stopped;
        }
        out_ << "\n";
        return End::done;
    }

    End pause() {
        out_ << "\n  " << common::tr("Paused: p, space or Enter to go on.") << std::flush;
        for (;;) {
            const Key key = terminal_.wait(hours{1});
            if (key == Key::pause || key == Key::enter) break;
            if (key == Key::interrupted || key == Key::closed) return End::stopped;
        }
        out_ << "\n";
        return End::done;
    }

    End report(std::uint32_t position, std::uint32_t sets, std::uint32_t amount, End end) {
        const bool skipped = sets == 0 && amount == 0 && end != End::done;
        if (end == End::stopped && skipped) return end;  // stopped before it began
        client_.record_session_item(id_, position, sets, amount, skipped);
        if (skipped) {
            ++skipped_;
        } else {
            ++done_;
        }
        return end;
    }

    DaemonClient& client_;
    std::ostream& out_;
    const common::Routine& routine_;
    std::vector<common::Exercise> exercises_;
    std::uint64_t id_;
    Terminal terminal_;
    int done_{0};
    int skipped_{0};
};

// After a session walked to its end: each exercise whose full dose was done in enough
// sessions in a row is offered its next step; only "y" raises it.
void offer_steps(DaemonClient& client, const std::string& routine,
                 const std::vector<common::Exercise>& exercises, std::ostream& out) {
    const auto offers = client.step_offers(routine);
    if (offers.empty()) return;
    Terminal terminal;
    for (const DaemonClient::StepOffer& offer : offers) {
        // TRANSLATORS: the answer keys stay y and n.
        out << "\n"
            << common::tr_format(
                   "{0}: the whole dose, session after session. Next time {1} instead of {2}? "
                   "(y/n)",
                   exercise_name(exercises, offer.exercise), offer.next_amount, offer.amount)
            << " " << std::flush;
        Key key = Key::none;
        char answer = 0;
        while (answer == 0) {
            key = terminal.wait(hours{1});
            if (key == Key::interrupted || key == Key::closed) return;
            answer = terminal.last_char();
        }
        const bool up = answer == 'y' || answer == 'Y';
        client.answer_step(routine, offer.exercise, up ? "up" : "not_yet");
        out << (up ? common::tr_format("Yes: {} from the next session.", offer.next_amount)
                   : common::tr_format("Kept at {}.", offer.amount))
            << "\n";
    }
}

}  // namespace

int step_back(DaemonClient& client, const SessionCommand& command, std::ostream& out) {
    const std::vector<common::Routine> routines = client.routines();
    const auto chosen = std::find_if(routines.begin(), routines.end(), [&](const auto& r) {
        return command.routine.empty() || r.id == command.routine;
    });
    const std::string routine = chosen == routines.end() ? command.routine : chosen->id;
    client.answer_step(routine, command.step_back, "back");  // the daemon names what is wrong
    for (const common::Routine& after : client.routines()) {
        if (after.id != routine) continue;
        for (const common::RoutineItem& item : after.items) {
            if (item.exercise != command.step_back) continue;
            out << common::tr_format("{0} in {1}: {2} per set from the next session.",
                                     exercise_name(client.exercises(), item.exercise),
                                     shown(after.name, 60), item.amount)
                << "\n";
            return exit_ok;
        }
    }
    return exit_ok;
}

std::string routines_text(const std::vector<common::Routine>& routines,
                          const std::vector<common::Exercise>& exercises) {
    std::string text;
    for (const common::Routine& routine : routines) {
        text += common::printable(routine.id, 32) + "  " + shown(routine.name, 60) + ":";
        for (std::size_t i = 0; i < routine.items.size(); ++i) {
            text += (i == 0 ? " " : ", ") + exercise_name(exercises, routine.items[i].exercise);
        }
        text += "\n";
    }
    return text.empty() ? common::tr("The catalogue has no routine.") + std::string{"\n"} : text;
}

int run_session(DaemonClient& client, const SessionCommand& command, std::ostream& out) {
    const std::vector<common::Routine> routines = client.routines();
    const auto exercises = client.exercises();
    const auto chosen = std::find_if(routines.begin(), routines.end(), [&](const auto& r) {
        return command.routine.empty() || r.id == command.routine;
    });
    const std::uint64_t id = client.start_session(command.routine);
    if (chosen == routines.end()) {  // the daemon knows it; this list was older
        client.finish_session(id, "stopped");
        throw DaemonError{Failure::refused,
                          common::tr("the routine changed while starting; try again.")};
    }
    const std::size_t items = chosen->items.size();
    out << common::tr_n_format("{0}: {1} exercise.", "{0}: {1} exercises.", items,
                               shown(chosen->name, 60), items)
        << "\n";
    Walk walk{client, out, *chosen, exercises, id};
    const bool finished = walk.walk();
    client.finish_session(id, finished ? "done" : "stopped");
    const auto done = static_cast<unsigned long>(walk.done());
    const std::string summary =
        finished
            ? common::tr_n_format("Session done: {0} of {1} exercise done",
                                  "Session done: {0} of {1} exercises done", items, done, items)
            : common::tr_n_format("Session stopped: {0} of {1} exercise done",
                                  "Session stopped: {0} of {1} exercises done", items, done, items);
    out << "\n" << summary;
    if (walk.skipped() > 0) out << common::tr_format(", {} skipped", walk.skipped());
    out << ".\n" << week_text(client.week(), client::wall_now(), client::LocalZone{});
    if (finished) offer_steps(client, chosen->id, exercises, out);
    return finished ? exit_ok : exit_refused;
}

}  // namespace sitbreak::cli
