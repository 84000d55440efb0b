#include "client/programme_dictionary.hpp"

namespace sitbreak::client {

namespace {

std::vector<Dictionary> list(const Dictionary& entry, const char* key) {
    std::vector<Dictionary> out;
    read(entry, key, out);
    return out;
}

Dictionary to_dictionary(const common::RoutineItem& item) {
    return {{"exercise", sdbus::Variant{item.exercise}},
            {"sets", sdbus::Variant{item.sets}},
            {"amount", sdbus::Variant{item.amount}},
            {"rest_seconds", sdbus::Variant{item.rest_seconds}},
            {"without", sdbus::Variant{item.without}},
            {"step", sdbus::Variant{item.step}}};
}

Dictionary to_dictionary(const WeekSession& s) {
    return {{"id", sdbus::Variant{s.id}},
            {"routine", sdbus::Variant{s.routine}},
            {"started_at", sdbus::Variant{s.started_at}},
            {"ended_at", sdbus::Variant{s.ended_at}},
            {"outcome", sdbus::Variant{s.outcome}},
            {"counts", sdbus::Variant{s.counts}},
            {"items_done", sdbus::Variant{s.items_done}},
            {"items_skipped", sdbus::Variant{s.items_skipped}},
            {"items", sdbus::Variant{s.items}}};
}

WeekSession week_session_from(const Dictionary& entry) {
    WeekSession s;
    read(entry, "id", s.id);
    read(entry, "routine", s.routine);
    read(entry, "started_at", s.started_at);
    read(entry, "ended_at", s.ended_at);
    read(entry, "outcome", s.outcome);
    read(entry, "counts", s.counts);
    read(entry, "items_done", s.items_done);
    read(entry, "items_skipped", s.items_skipped);
    read(entry, "items", s.items);
    return s;
}

}  // namespace

Dictionary to_dictionary(const common::Routine& routine) {
    std::vector<Dictionary> items;
    for (const common::RoutineItem& item : routine.items) items.push_back(to_dictionary(item));
    return {{"id", sdbus::Variant{routine.id}},
            {"name", sdbus::Variant{routine.name}},
            {"items", sdbus::Variant{items}}};
}

common::Routine routine_from_dictionary(const Dictionary& entry) {
    common::Routine routine;
    read(entry, "id", routine.id);
    read(entry, "name", routine.name);
    for (const Dictionary& item : list(entry, "items")) {
        common::RoutineItem parsed;
        read(item, "exercise", parsed.exercise);
        read(item, "sets", parsed.sets);
        read(item, "amount", parsed.amount);
        read(item, "rest_seconds", parsed.rest_seconds);
        read(item, "without", parsed.without);
        read(item, "step", parsed.step);
        routine.items.push_back(std::move(parsed));
    }
    return routine;
}

Dictionary to_dictionary(const Week& week) {
    std::vector<Dictionary> sessions;
    for (const WeekSession& s : week.session_list) sessions.push_back(to_dictionary(s));
    return {{"start", sdbus::Variant{week.start}},
            {"end", sdbus::Variant{week.end}},
            {"sessions", sdbus::Variant{week.sessions}},
            {"goal", sdbus::Variant{week.goal}},
            {"desk_days", sdbus::Variant{week.desk_days}},
            {"kept", sdbus::Variant{week.kept}},
            {"weekly_streak", sdbus::Variant{week.weekly_streak}},
            {"best_weekly_streak", sdbus::Variant{week.best_weekly_streak}},
            {"session_id", sdbus::Variant{week.session_id}},
            {"session_list", sdbus::Variant{sessions}}};
}

Week week_from_dictionary(const Dictionary& entry) {
    Week week;
    read(entry, "start", week.start);
    read(entry, "end", week.end);
    read(entry, "sessions", week.sessions);
    read(entry, "goal", week.goal);
    read(entry, "desk_days", week.desk_days);
    read(entry, "kept", week.kept);
    read(entry, "weekly_streak", week.weekly_streak);
    read(entry, "best_weekly_streak", week.best_weekly_streak);
    read(entry, "session_id", week.session_id);
    for (const Dictionary& s : list(entry, "session_list")) {
        week.session_list.push_back(week_session_from(s));
    }
    return week;
}

}  // namespace sitbreak::client
