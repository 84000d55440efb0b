#include "service/bus_object.hpp"

#include <spdlog/spdlog.h>

#include <sstream>

#include "common/date_text.hpp"
#include "client/exercise_dictionary.hpp"
#include "common/printable.hpp"
#include "service/bus_errors.hpp"
#include "service/days_reply.hpp"

namespace sitbreak::service {

namespace {

using client::kInterface;

uint64_t unix_seconds(std::optional<core::TimePoint> t) {
    return t ? static_cast<uint64_t>(t->time_since_epoch().count()) : 0;
}

core::Date parse_date_argument(const std::string& text, const char* what) {
    const auto date = common::parse_date(text);
    if (!date) {
        invalid(std::string{what} + " " + common::quoted(text) + " is not a date like 2026-11-24.");
    }
    return *date;
}

// The history, for a call that reads it: a sentence instead when it cannot be read.
store::Store& readable(Service& service) {
    store::Store& store = service.store();
    if (!store.is_open()) {
        throw sdbus::Error{kFailed, "The history cannot be read now: " + store.degraded_reason()};
    }
    return store;
}

}  // namespace

BusProperties BusProperties::of(const StatusSnapshot& status) {
    return {std::string{core::to_string(status.engine.state)},
            unix_seconds(status.engine.sitting_since),
            unix_seconds(status.engine.next_prompt_at),
            unix_seconds(status.engine.paused_until),
            static_cast<uint32_t>(status.today_done),
            static_cast<uint32_t>(status.streak.current)};
}

// ---- signals and properties -------------------------------------------------------------

void BusSignals::prompt_opened(core::PromptId id, const std::vector<core::ExerciseId>& exercises,
                               const std::string& text) {
    std::vector<std::string> names;
    for (const core::ExerciseId& exercise : exercises) names.emplace_back(exercise);
    object_.emitSignal("PromptOpened").onInterface(kInterface).withArguments(id, names, text);
}

void BusSignals::prompt_closed(core::PromptId id, core::Outcome outcome) {
    object_.emitSignal("PromptClosed")
        .onInterface(kInterface)
        .withArguments(id, std::string{core::to_string(outcome)});
}

void BusSignals::status_changed(const StatusSnapshot& status) {
    const BusProperties now = BusProperties::of(status);
    std::vector<std::string> changed;
    if (now.state != published_.state) changed.emplace_back("State");
    if (now.sitting_since != published_.sitting_since) changed.emplace_back("SittingSince");
    if (now.next_prompt_at != published_.next_prompt_at) changed.emplace_back("NextPromptAt");
    if (now.paused_until != published_.paused_until) changed.emplace_back("PausedUntil");
    if (now.today_done != published_.today_done) changed.emplace_back("TodayDone");
    if (now.current_streak != published_.current_streak) changed.emplace_back("CurrentStreak");
    published_ = now;
    if (started_ && !changed.empty()) object_.emitPropertiesChangedSignal(kInterface, changed);
}

BusObject::BusObject(sdbus::IObject& object, Service& service, BusSignals& signals,
                     std::function<bool()> reload)
    : Sitbreak1_adaptor{object},
      Properties_adaptor{object},
      object_{object},
      service_{service},
      signals_{signals},
      reload_{std::move(reload)} {
    object_.registerMethod(kInterface, "GetDays", "ss", {"from", "to"}, "aa{sv}", {"days"},
                           [this](sdbus::MethodCall call) { GetDays(std::move(call)); });
    object_.finishRegistration();
    signals_.status_changed(service_.status());
    signals_.start();
}

BusObject::~BusObject() { object_.unregister(); }

std::string BusObject::State() {
    return guarded("State", [&] { return signals_.properties().state; });
}
uint64_t BusObject::SittingSince() {
    return guarded("SittingSince", [&] { return signals_.properties().sitting_since; });
}
uint64_t BusObject::NextPromptAt() {
    return guarded("NextPromptAt", [&] { return signals_.properties().next_prompt_at; });
}
uint64_t BusObject::PausedUntil() {
    return guarded("PausedUntil", [&] { return signals_.properties().paused_until; });
}
uint32_t BusObject::TodayDone() {
    return guarded("TodayDone", [&] { return signals_.properties().today_done; });
}
uint32_t BusObject::CurrentStreak() {
    return guarded("CurrentStreak", [&] { return signals_.properties().current_streak; });
}

// ---- methods ----------------------------------------------------------------------------

std::map<std::string, sdbus::Variant> BusObject::GetStatus() {
    return guarded("GetStatus", [&] {
        const StatusSnapshot s = service_.status();
        const auto& e = s.engine;
        const int64_t next =
            e.next_prompt_at ? std::max<int64_t>((*e.next_prompt_at - s.now).count(), 0) : -1;
        const uint64_t sitting =
            e.sitting_since ? static_cast<uint64_t>((s.now - *e.sitting_since).count()) : 0;
        std::vector<std::string> exercises;
        for (const core::ExerciseId& exercise : s.exercises)
            exercises.emplace_back(exercise);
        return std::map<std::string, sdbus::Variant>{
            {"state", sdbus::Variant{std::string{core::to_string(e.state)}}},
            {"sitting_since", sdbus::Variant{unix_seconds(e.sitting_since)}},
            {"sitting_seconds", sdbus::Variant{sitting}},
            {"hour_started", sdbus::Variant{unix_seconds(e.hour_started)}},
            {"limit_seconds", sdbus::Variant{static_cast<uint64_t>(e.limit.count())}},
            {"next_prompt_at", sdbus::Variant{unix_seconds(e.next_prompt_at)}},
            {"next_prompt_seconds", sdbus::Variant{next}},
            {"paused_until", sdbus::Variant{unix_seconds(e.paused_until)}},
            {"prompt_id", sdbus::Variant{static_cast<uint64_t>(e.prompt.value_or(0))}},
            {"snoozes_left", sdbus::Variant{static_cast<uint32_t>(e.snoozes_left)}},
            {"quiet", sdbus::Variant{e.quiet}},
            {"today", sdbus::Variant{common::format_date(s.today)}},
            {"today_done", sdbus::Variant{static_cast<uint32_t>(s.today_done)}},
            {"today_sitting_seconds",
             sdbus::Variant{static_cast<uint64_t>(s.today_sitting.count())}},
            {"current_streak", sdbus::Variant{static_cast<uint32_t>(s.streak.current)}},
            {"best_streak", sdbus::Variant{static_cast<uint32_t>(s.streak.best)}},
            {"exercises", sdbus::Variant{exercises}},
            {"prompt_text", sdbus::Variant{s.prompt_text}},
            {"exercises_error", sdbus::Variant{s.exercises_error}},
            {"idle_backend", sdbus::Variant{s.idle_backend}},
            {"idle_problem", sdbus::Variant{s.idle_problem}},
            {"config_path", sdbus::Variant{s.config_path}},
            {"config_error", sdbus::Variant{s.config_error}},
            {"store_problem", sdbus::Variant{s.store_problem}},
            {"call_problem", sdbus::Variant{s.call_problem}},
            {"store_held", sdbus::Variant{static_cast<uint32_t>(s.store_held)}},
            {"notifications", sdbus::Variant{s.notifications}},
            {"prompt_style", sdbus::Variant{s.prompt_style}},
            {"prompt_sound", sdbus::Variant{s.prompt_sound}},
            {"daily_goal", sdbus::Variant{static_cast<uint32_t>(s.daily_goal)}},
            {"week_sessions", sdbus::Variant{static_cast<uint32_t>(s.week.sessions)}},
            {"week_goal", sdbus::Variant{static_cast<uint32_t>(s.week.goal)}},
            {"weekly_streak", sdbus::Variant{static_cast<uint32_t>(s.weekly_streak.current)}},
            {"best_weekly_streak", sdbus::Variant{static_cast<uint32_t>(s.weekly_streak.best)}},
            {"session_id", sdbus::Variant{static_cast<uint64_t>(s.session)}},
            {"waiting_since", sdbus::Variant{unix_seconds(
                                  e.waiting ? std::optional{e.waiting->since} : std::nullopt)}},
            {"waiting_for", sdbus::Variant{std::string{
                                e.waiting ? core::to_string(e.waiting->reason) : ""}}},
            {"escalation", sdbus::Variant{static_cast<uint32_t>(e.escalation)}}};
    });
}

std::vector<std::map<std::string, sdbus::Variant>> BusObject::GetExercises() {
    return guarded("GetExercises", [&] {
        std::vector<std::map<std::string, sdbus::Variant>> entries;
        for (const common::Exercise& e : service_.catalogue().exercises) {
            entries.push_back(client::to_dictionary(e));
        }
        return entries;
    });
}

std::string BusObject::exercise_argument(const std::string& exercise) const {
    if (const auto refusal = service_.unconfirmable(exercise)) invalid(*refusal);
    return exercise;
}

// DESIGN §5: a confirmation acknowledged here is on disk. One that is counted but held in
// memory gets an error that says so, since this call has no other way to tell.
void BusObject::Confirm(const std::string& exercise) {
    guarded("Confirm", [&] {
        const Confirmation done = service_.confirm(exercise_argument(exercise));
        if (!done.saved) {
            throw sdbus::Error{kHeld, "Counted, but held in memory only: " + done.problem + "."};
        }
    });
}

std::map<std::string, sdbus::Variant> BusObject::ConfirmOnce(const std::string& exercise,
                                                             const std::string& token) {
    return guarded("ConfirmOnce", [&] {
        if (token.size() > 128) invalid("A token has at most 128 bytes.");
        const Confirmation done = service_.confirm(exercise_argument(exercise), token);
        return std::map<std::string, sdbus::Variant>{{"saved", sdbus::Variant{done.saved}},
                                                     {"repeated", sdbus::Variant{done.repeated}},
                                                     {"problem", sdbus::Variant{done.problem}}};
    });
}

void BusObject::Snooze(const uint32_t& minutes) {
    guarded("Snooze", [&] {
        if (minutes > kMaxSnoozeMinutes) {
            invalid("A snooze lasts 1 to 1440 minutes (0 for prompt.snooze); got " +
                    std::to_string(minutes) + ".");
        }
        refuse_if(service_.snooze(
            minutes == 0 ? std::nullopt
                         : std::optional{core::Duration{std::chrono::minutes{minutes}}}));
    });
}

void BusObject::Skip() {
    guarded("Skip", [&] { refuse_if(service_.skip()); });
}

void BusObject::Pause(const uint32_t& seconds) {
    guarded("Pause", [&] {
        if (seconds > kMaxPauseSeconds) {
            invalid(
                "A pause lasts at most 7 days (604800 seconds; 0 for the rest of the day); got " +
                std::to_string(seconds) + ".");
        }
        refuse_if(
            service_.pause(seconds == 0 ? std::nullopt : std::optional{core::Duration{seconds}}));
    });
}

void BusObject::Resume() {
    guarded("Resume", [&] { refuse_if(service_.resume()); });
}

void BusObject::PromptNow() {
    guarded("PromptNow", [&] { refuse_if(service_.prompt_now()); });
}

std::vector<store::DayStats> BusObject::days_between(const std::string& from,
                                                     const std::string& to) {
    const core::Date first = parse_date_argument(from, "from");
    const core::Date last = parse_date_argument(to, "to");
    if (first > last) invalid("from (" + from + ") is after to (" + to + ").");
    if ((last - first).count() >= kMaxDays) invalid("At most 3660 days can be asked for at once.");
    store::Store& store = readable(service_);
    service_.release_memory_soon();
    return store.days(first, last, service_.settings().rules);
}

void BusObject::GetDays(sdbus::MethodCall call) {
    guarded("GetDays", [&] {
        std::string from;
        std::string to;
        call >> from >> to;
        auto reply = call.createReply();
        append_days(reply, days_between(from, to));
        reply.send();
    });
}

std::vector<client::DayTableRow> BusObject::GetDayTable(const std::string& from, const std::string& to) {
    return guarded("GetDayTable", [&] { return day_rows(days_between(from, to)); });
}

std::tuple<uint32_t, uint32_t> BusObject::GetStreak() {
    return guarded("GetStreak", [&] {
        const auto streak = service_.status().streak;
        return std::tuple{static_cast<uint32_t>(streak.current),
                          static_cast<uint32_t>(streak.best)};
    });
}

void BusObject::SetRestDay(const std::string& date) {
    guarded("SetRestDay", [&] {
        const auto day =
            date.empty() ? std::nullopt : std::optional{parse_date_argument(date, "date")};
        if (const auto refusal = service_.mark_rest_day(day)) invalid(*refusal);
    });
}

void BusObject::ClearRestDay(const std::string& date) {
    guarded("ClearRestDay", [&] {
        const auto refusal = service_.clear_rest_day(parse_date_argument(date, "date"));
        if (refusal) throw sdbus::Error{kRefused, *refusal};
    });
}

void BusObject::ReloadConfig() {
    guarded("ReloadConfig", [&] {
        if (!reload_()) {
            throw sdbus::Error{kRefused, service_.status().config_error};
        }
    });
}

std::string BusObject::Export(const std::string& format) {
    return guarded("Export", [&] {
        if (format != "csv" && format != "json")
            invalid("Unknown export format " + common::quoted(format) + "; use csv or json.");
        const store::Store& store = readable(service_);
        std::ostringstream out;
        format == "csv" ? store.export_csv(out) : store.export_json(out);
        service_.release_memory_soon();
        return out.str();
    });
}

}  // namespace sitbreak::service
