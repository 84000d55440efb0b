// org.sitbreak.Sitbreak1's programme (DESIGN §14.3): routines, activation sessions and the
// week, with every argument checked before the service sees it.
#include "common/date_text.hpp"
#include "client/programme_dictionary.hpp"
#include "common/printable.hpp"
#include "service/bus_errors.hpp"
#include "service/bus_object.hpp"

namespace sitbreak::service {

using client::kInterface;

namespace {

// A session's counts: a day of seconds is more than any item asks.
constexpr uint32_t kMostOfAnItem = 24 * 3600;

uint64_t unix_seconds(core::TimePoint t) {
    return static_cast<uint64_t>(t.time_since_epoch().count());
}

client::WeekSession week_session(const store::SessionRecord& record) {
    client::WeekSession s;
    s.id = record.id;
    s.routine = record.routine;
    s.started_at = unix_seconds(record.started);
    s.ended_at = record.ended ? unix_seconds(*record.ended) : 0;
    s.outcome = record.outcome ? std::string{core::to_string(*record.outcome)} : "";
    s.counts = record.counts_for_week();
    s.items_done = static_cast<uint32_t>(record.items_done());
    for (const core::SessionItem& item : record.items) s.items_skipped += item.skipped ? 1 : 0;
    s.items = static_cast<uint32_t>(record.items.size());
    return s;
}

ItemReport item_report(uint32_t position, uint32_t sets_done, uint32_t amount_done, bool skipped) {
    if (sets_done > kMostOfAnItem || amount_done > kMostOfAnItem) {
        invalid("An item's sets and amount are at most 86400; got " + std::to_string(sets_done) +
                " and " + std::to_string(amount_done) + ".");
    }
    return {position, sets_done, amount_done, skipped};
}

}  // namespace

void BusSignals::session_suggested(const std::string& routine, const std::string& text) {
    object_.emitSignal("SessionSuggested").onInterface(kInterface).withArguments(routine, text);
}

void BusSignals::session_requested(const std::string& routine) {
    object_.emitSignal("SessionRequested").onInterface(kInterface).withArguments(routine);
}

void BusSignals::session_started(core::SessionId id, const std::string& routine) {
    object_.emitSignal("SessionStarted").onInterface(kInterface).withArguments(id, routine);
}

void BusSignals::session_finished(core::SessionId id, core::SessionOutcome outcome) {
    object_.emitSignal("SessionFinished")
        .onInterface(kInterface)
        .withArguments(id, std::string{core::to_string(outcome)});
}

std::vector<std::map<std::string, sdbus::Variant>> BusObject::GetRoutines() {
    return guarded("GetRoutines", [&] {
        std::vector<std::map<std::string, sdbus::Variant>> routines;
        for (const common::Routine& r : service_.routines()) {
            routines.push_back(client::to_dictionary(r));
        }
        return routines;
    });
}

uint64_t BusObject::StartSession(const std::string& routine) {
    return guarded("StartSession", [&] {
        auto started = service_.start_session(routine);
        if (auto* refusal = std::get_if<std::string>(&started)) invalid(*refusal);
        return std::get<core::SessionId>(started);
    });
}

void BusObject::RecordSessionItem(const uint64_t& id, const uint32_t& position,
                                  const uint32_t& sets_done, const uint32_t& amount_done,
                                  const bool& skipped) {
    guarded("RecordSessionItem", [&] {
        const ItemReport item = item_report(position, sets_done, amount_done, skipped);
        if (const auto refusal = service_.record_session_item(id, item)) invalid(*refusal);
    });
}

void BusObject::FinishSession(
    const uint64_t& id, const std::string& outcome,
    const std::vector<sdbus::Struct<uint32_t, uint32_t, uint32_t, bool>>& items) {
    guarded("FinishSession", [&] {
        const auto parsed = core::session_outcome_from_string(outcome);
        if (!parsed) {
            invalid("A session ends done or stopped; got " + common::quoted(outcome) + ".");
        }
        std::vector<ItemReport> reports;
        for (const auto& item : items) {
            reports.push_back(item_report(item.get<0>(), item.get<1>(), item.get<2>(),
                                          item.get<3>()));
        }
        if (const auto refusal = service_.finish_session(id, *parsed, reports)) invalid(*refusal);
    });
}

std::vector<std::map<std::string, sdbus::Variant>> BusObject::GetStepOffers(
    const std::string& routine) {
    return guarded("GetStepOffers", [&] {
        auto offers = service_.step_offers(routine);
        if (const auto* refusal = std::get_if<std::string>(&offers)) invalid(*refusal);
        std::vector<std::map<std::string, sdbus::Variant>> out;
        for (const StepOffer& offer : std::get<std::vector<StepOffer>>(offers)) {
            out.push_back({{"exercise", sdbus::Variant{offer.exercise}},
                           {"step", sdbus::Variant{static_cast<int32_t>(offer.step)}},
                           {"amount", sdbus::Variant{offer.amount}},
                           {"next_amount", sdbus::Variant{offer.next_amount}}});
        }
        return out;
    });
}

void BusObject::AnswerStep(const std::string& routine, const std::string& exercise,
                           const std::string& answer) {
    guarded("AnswerStep", [&] {
        StepAnswer parsed{};
        if (answer == "up") {
            parsed = StepAnswer::up;
        } else if (answer == "not_yet") {
            parsed = StepAnswer::not_yet;
        } else if (answer == "back") {
            parsed = StepAnswer::back;
        } else {
            invalid("A step answer is up, not_yet or back; got " + common::quoted(answer) + ".");
        }
        if (const auto refusal = service_.answer_step(routine, exercise, parsed)) invalid(*refusal);
    });
}

std::map<std::string, sdbus::Variant> BusObject::GetWeek() {
    return guarded("GetWeek", [&] {
        const WeekReport report = service_.week();
        client::Week week;
        week.start = common::format_date(report.tally.start);
        week.end = common::format_date(report.tally.start + std::chrono::days{6});
        week.sessions = static_cast<uint32_t>(report.tally.sessions);
        week.goal = static_cast<uint32_t>(report.tally.goal);
        week.desk_days = static_cast<uint32_t>(report.tally.desk_days);
        week.kept = report.tally.kept();
        week.weekly_streak = static_cast<uint32_t>(report.streak.current);
        week.best_weekly_streak = static_cast<uint32_t>(report.streak.best);
        const auto& running = service_.running_session();
        week.session_id = running ? running->id : 0;
        for (const store::SessionRecord& record : report.sessions) {
            week.session_list.push_back(week_session(record));
        }
        return client::to_dictionary(week);
    });
}

}  // namespace sitbreak::service
