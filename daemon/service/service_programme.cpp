// The service's part of the programme (DESIGN §14.3): activation sessions started, walked
// item by item and finished by a client (tray, CLI), the week they count for, and the one
// suggestion a day the daemon makes at the end of a natural break.
#include <spdlog/spdlog.h>

#include "common/i18n.hpp"
#include "common/printable.hpp"
#include "core/coach.hpp"
#include "service/service.hpp"

namespace sitbreak::service {

using namespace std::chrono;
using core::TimePoint;

namespace {

minutes local_time_of_day(TimePoint t, const core::Zone& zone) {
    const auto local = t + zone.utc_offset(t);
    return floor<minutes>(local - floor<days>(local));
}

// "Medius wake-up: clamshells, band walk, …"
// "Medius wake-up: Band walk, Clamshell.", in the user's language.
std::string routine_text(const common::Routine& routine, const config::Catalogue& catalogue) {
    std::string names;
    for (std::size_t i = 0; i < routine.items.size(); ++i) {
        const common::Exercise* exercise = catalogue.find(routine.items[i].exercise);
        const std::string name =
            exercise ? common::tr(exercise->name.c_str()) : routine.items[i].exercise;
        names = i == 0 ? name : common::tr_format("{}, {}", names, name);
    }
    // TRANSLATORS: a routine's name and its exercises: "Medius wake-up: Band walk, Clamshell."
    return common::tr_format("{}: {}.", common::tr(routine.name.c_str()), names);
}

}  // namespace

const common::Routine* Service::default_routine() const {
    return catalogue_.routines.empty() ? nullptr : &catalogue_.routines.front();
}

void Service::record(const core::ProgrammeEvent& event) {
    record_at(event, std::visit([](const auto& e) { return e.at; }, event));
}

std::variant<core::SessionId, std::string> Service::start_session(const std::string& routine) {
    catch_up();
    const common::Routine* found =
        routine.empty() ? default_routine() : catalogue_.find_routine(routine);
    if (found == nullptr) {
        if (routine.empty()) return std::string{"The catalogue has no routine."};
        return "Unknown routine " + common::quoted(routine) + "; `sitbreak session --list` lists them.";
    }
    if (session_) {
        spdlog::info("session {} stopped: another was started", session_->id);
        const auto id = session_->id;
        (void)finish_session(id, core::SessionOutcome::stopped, {});
    }
    session_ = RunningSession{store_.next_session_id(), stepped(*found), now()};
    record(core::SessionStarted{session_->id, session_->started, found->id});
    spdlog::info("session {} started: {}", session_->id, found->id);
    if (suggestion_showing_) answer_suggestion(core::SuggestionAnswer::started);
    publisher_.session_started(session_->id, found->id);
    publish();
    return session_->id;
}

std::optional<std::string> Service::unknown_session(core::SessionId id) const {
    if (session_ && session_->id == id) return std::nullopt;
    return "No session " + std::to_string(id) + " is running" +
           (session_ ? " (session " + std::to_string(session_->id) + " is)." : ".");
}

std::optional<std::string> Service::unfitting_item(const ItemReport& report) const {
    const auto& items = session_->routine.items;
    if (report.position >= items.size()) {
        return "Session " + std::to_string(session_->id) + " has " +
               std::to_string(items.size()) + " items (positions 0 to " +
               std::to_string(items.size() - 1) + "); got " + std::to_string(report.position) +
               ".";
    }
    // Counted beyond the tempo is fine; more than twice the dose is a client's mistake.
    const common::RoutineItem& item = items[report.position];
    if (report.sets_done > item.sets || report.amount_done > item.sets * item.amount * 2) {
        return "Item " + std::to_string(report.position) + " asks " + std::to_string(item.sets) +
               " sets of " + std::to_string(item.amount) + "; " +
               std::to_string(report.sets_done) + " sets and " +
               std::to_string(report.amount_done) + " in all is more than twice that.";
    }
    return std::nullopt;
}

void Service::record_item(const ItemReport& report) {
    const common::RoutineItem& item = session_->routine.items[report.position];
    record(core::SessionItem{session_->id, now(), report.position, item.exercise, item.sets,
                             item.amount, report.skipped ? 0 : report.sets_done,
                             report.skipped ? 0 : report.amount_done, report.skipped});
}

std::optional<std::string> Service::record_session_item(core::SessionId id,
                                                        const ItemReport& report) {
    if (auto refusal = unknown_session(id)) return refusal;
    if (auto refusal = unfitting_item(report)) return refusal;
    record_item(report);
    return std::nullopt;
}

std::optional<std::string> Service::finish_session(core::SessionId id,
                                                   core::SessionOutcome outcome,
                                                   const std::vector<ItemReport>& items) {
    catch_up();
    if (auto refusal = unknown_session(id)) return refusal;
    // All or nothing: a bad item refuses the call before anything of it is recorded.
    for (const ItemReport& item : items) {
        if (auto refusal = unfitting_item(item)) return refusal;
    }
    for (const ItemReport& item : items) record_item(item);
    record(core::SessionEnded{id, now(), outcome});
    spdlog::info("session {} ended: {}", id, core::to_string(outcome));
    session_.reset();
    refresh_today();
    publisher_.session_finished(id, outcome);
    publish();
    return std::nullopt;
}

void Service::refresh_week() {
    const core::Date start = core::week_start(today_, settings_.programme.week_starts);
    std::vector<core::ProgrammeDay> week;
    for (const store::DayStats& day : store_.days(start, start + days{6}, settings_.rules)) {
        week.push_back({day.date, day.tally.sessions, core::is_desk_day(day.tally, settings_.rules),
                        day.tally.rest_day});
    }
    week_ = core::tally_week(week, start, today_, settings_.programme);
    weekly_streak_ = store_.weekly_streak(today_, settings_.rules, settings_.programme);
}

WeekReport Service::week() {
    catch_up();
    WeekReport report{week_, weekly_streak_, {}};
    // While the history cannot be opened the tally stands (held changes are not in it) and
    // the list is empty, rather than no week at all.
    if (!store_.is_open()) return report;
    const auto day_starts_at = settings_.rules.day_starts_at;
    report.sessions = store_.sessions(core::day_start(week_.start, zone_, day_starts_at),
                                      core::day_start(week_.start + days{7}, zone_, day_starts_at));
    return report;
}

// At the end of a natural break (a new spell): the one moment of the day it may come.
void Service::consider_suggestion() {
    const common::Routine* routine = default_routine();
    if (routine == nullptr || session_) return;
    const TimePoint t = now();
    const core::Status engine = engine_.status();
    core::BreakEnd moment{today_,
                          local_time_of_day(t, zone_),
                          settings_.rules.hours.contains(t, zone_),
                          engine.state == core::State::paused,
                          engine.quiet,
                          week_.sessions,
                          week_.goal,
                          0,
                          std::nullopt};
    try {
        if (store_.is_open()) {
            moment.sessions_today =
                store_.days(today_, today_, settings_.rules).front().tally.sessions;
        }
    } catch (const store::Error& error) {
        spdlog::error("{}", error.what());  // a suggestion too many beats none at all
    }
    if (store_.suggestion_on(today_)) moment.last_suggested = today_;
    if (!core::suggests_session(moment, settings_.programme)) return;
    const std::string text =
        common::tr_n_format("{} of {} activation session this week.",
                            "{} of {} activation sessions this week.",
                            static_cast<unsigned long>(week_.goal), week_.sessions, week_.goal) +
        " " + routine_text(*routine, catalogue_);
    record(core::SessionSuggested{today_, t, core::SuggestionAnswer::open});
    spdlog::info("session suggested: {}", routine->id);
    platform::PromptNotice notice{0, common::tr("Time for an activation session"), text, {},
                                  false, {}};
    notice.can_skip = false;
    if (tray_present_) {
        notice.exercises.push_back({"start", common::tr("Start now")});
    } else {
        notice.body += common::tr(" Start it with: sitbreak session");
    }
    notice.exercises.push_back({"not_today", common::tr("Not today")});
    suggestions_.show(notice);
    suggestion_showing_ = true;
    publisher_.session_suggested(routine->id, text);
}

void Service::answer_suggestion(core::SuggestionAnswer answer) {
    record(core::SessionSuggested{today_, now(), answer});
    suggestions_.close();
    suggestion_showing_ = false;
}

void Service::suggestion_answered(const std::string& action) {
    catch_up();
    if (action == "not_today") {
        spdlog::info("session suggestion declined for today");
        answer_suggestion(core::SuggestionAnswer::declined);
    } else if (action == "start") {
        answer_suggestion(core::SuggestionAnswer::started);
        if (const common::Routine* routine = default_routine()) {
            publisher_.session_requested(routine->id);
        }
    }
}

}  // namespace sitbreak::service
