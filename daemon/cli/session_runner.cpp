#include "cli/session_runner.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "cli/exercises_format.hpp"
#include "cli/terminal.hpp"
#include "cli/week_format.hpp"
#include "client/human_text.hpp"
#include "client/wall_clock.hpp"
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
        out_ << "\n" << position + 1 << " of " << routine_.items.size() << ": "
             << common::printable(exercise ? exercise->name : item.exercise, 60) << ", "
             << item.sets << (item.sets == 1 ? " set of " : " sets of ") << dose_text(dose)
             << "\n";
        if (exercise) {
            for (const std::string& step : exercise->steps) out_ << "  - " << step << "\n";
        }
        if (!item.without.empty()) out_ << "  " << common::printable(item.without, 200) << "\n";
        out_ << "Enter to start, s to skip this one, Ctrl-C to stop." << std::flush;
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
        out_ << "\r  Set " << set << "/" << item.sets << "  ";
        if (timed) {
            out_ << units - done << " s left ";
        } else {
            const std::uint32_t per_side = units / (sides ? 2 : 1);
            if (sides) out_ << (done < per_side ? "left " : "right ");
            out_ << "rep " << std::min(done % std::max(per_side, 1u) + 1, per_side) << "/"
                 << per_side << " ";
        }
        out_ << bar(done, units) << "   " << std::flush;
    }

    End rest(std::uint32_t seconds_left) {
        for (; seconds_left > 0; --seconds_left) {
            out_ << "\r  Rest " << seconds_left << " s (Enter to go on)   " << std::flush;
            const Key key = terminal_.wait(seconds{1});
            if (key == Key::enter) break;
            if (key == Key::interrupted || key == Key::closed) return End::stopped;
        }
        out_ << "\n";
        return End::done;
    }

    End pause() {
        out_ << "\n  Paused: p, space or Enter to go on." << std::flush;
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

std::string exercise_name(const std::vector<common::Exercise>& exercises, const std::string& id) {
    const common::Exercise* e = find(exercises, id);
    return common::printable(e ? e->name : id, 60);
}

// After a session walked to its end: each exercise whose full dose was done in enough
// sessions in a row is offered its next step; only "y" raises it.
void offer_steps(DaemonClient& client, const std::string& routine,
                 const std::vector<common::Exercise>& exercises, std::ostream& out) {
    const auto offers = client.step_offers(routine);
    if (offers.empty()) return;
    Terminal terminal;
    for (const DaemonClient::StepOffer& offer : offers) {
        out << "\n" << exercise_name(exercises, offer.exercise)
            << ": the whole dose, session after session. Next time " << offer.next_amount
            << " instead of " << offer.amount << "? (y/n) " << std::flush;
        Key key = Key::none;
        char answer = 0;
        while (answer == 0) {
            key = terminal.wait(hours{1});
            if (key == Key::interrupted || key == Key::closed) return;
            answer = terminal.last_char();
        }
        const bool up = answer == 'y' || answer == 'Y';
        client.answer_step(routine, offer.exercise, up ? "up" : "not_yet");
        out << (up ? "Yes: " + std::to_string(offer.next_amount) + " from the next session.\n"
                   : "Kept at " + std::to_string(offer.amount) + ".\n");
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
            out << exercise_name(client.exercises(), item.exercise) << " in "
                << common::printable(after.name, 60) << ": " << item.amount
                << " per set from the next session.\n";
            return exit_ok;
        }
    }
    return exit_ok;
}

std::string routines_text(const std::vector<common::Routine>& routines,
                          const std::vector<common::Exercise>& exercises) {
    std::string text;
    for (const common::Routine& routine : routines) {
        text += common::printable(routine.id, 32) + "  " + common::printable(routine.name, 60) +
                ":";
        for (std::size_t i = 0; i < routine.items.size(); ++i) {
            const common::Exercise* e = find(exercises, routine.items[i].exercise);
            text += (i == 0 ? " " : ", ") + common::printable(e ? e->name : routine.items[i].exercise, 60);
        }
        text += "\n";
    }
    return text.empty() ? "The catalogue has no routine.\n" : text;
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
        throw DaemonError{Failure::refused, "the routine changed while starting; try again."};
    }
    out << common::printable(chosen->name, 60) << ": " << chosen->items.size() << " exercises.\n";
    Walk walk{client, out, *chosen, exercises, id};
    const bool finished = walk.walk();
    client.finish_session(id, finished ? "done" : "stopped");
    out << "\n" << (finished ? "Session done: " : "Session stopped: ") << walk.done() << " of "
        << chosen->items.size() << " exercises done";
    if (walk.skipped() > 0) out << ", " << walk.skipped() << " skipped";
    out << ".\n" << week_text(client.week(), client::wall_now(), client::LocalZone{});
    if (finished) offer_steps(client, chosen->id, exercises, out);
    return finished ? exit_ok : exit_refused;
}

}  // namespace sitbreak::cli
