#include "export.hpp"

#include <SQLiteCpp/Statement.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "store/iso_time.hpp"
#include "store/schema.hpp"

namespace sitbreak::store {

using nlohmann::json;

namespace {

constexpr int format_version = 1;  // of the export, independent of the schema

// Every query below selects (start, start offset, end, end offset, ...): times in UTC
// seconds, offsets in seconds east of UTC, end NULL while open.
json local(const SQLite::Statement& row, int time) {
    if (row.getColumn(time).isNull()) return nullptr;
    return iso_local(core::TimePoint{std::chrono::seconds{row.getColumn(time).getInt64()}},
                     core::Duration{row.getColumn(time + 1).getInt64()});
}

json seconds_between_start_and_end(const SQLite::Statement& row) {
    if (row.getColumn(2).isNull()) return nullptr;
    return row.getColumn(2).getInt64() - row.getColumn(0).getInt64();
}

json text(const SQLite::Column& column) {
    if (column.isNull()) return nullptr;
    return column.getString();
}

using Sink = std::function<void(std::string_view kind, const json& record)>;

void each_spell(SQLite::Database& db, const Sink& sink) {
    SQLite::Statement row(
        db,
        "SELECT start_at, start_offset, end_at, coalesce(end_offset, start_offset), end_reason "
        "FROM spells ORDER BY start_at");
    while (row.executeStep()) {
        sink("spell", {{"start", local(row, 0)},
                       {"end", local(row, 2)},
                       {"seconds", seconds_between_start_and_end(row)},
                       {"end_reason", text(row.getColumn(4))}});
    }
}

void each_prompt(SQLite::Database& db, const Sink& sink) {
    SQLite::Statement row(
        db,
        "SELECT opened_at, opened_offset, closed_at, coalesce(closed_offset, opened_offset), "
        "outcome, exercise, snoozes, unprompted, id FROM prompts ORDER BY opened_at, id");
    while (row.executeStep()) {
        sink("prompt", {{"id", row.getColumn(8).getInt64()},
                        {"opened", local(row, 0)},
                        {"closed", local(row, 2)},
                        {"seconds", seconds_between_start_and_end(row)},
                        {"outcome", text(row.getColumn(4))},
                        {"exercise", text(row.getColumn(5))},
                        {"snoozes", row.getColumn(6).getInt()},
                        {"unprompted", row.getColumn(7).getInt() != 0}});
    }
}

void each_pause(SQLite::Database& db, const Sink& sink) {
    // A pause ends when resumed or when its planned time runs out, whichever is first.
    SQLite::Statement row(
        db,
        "SELECT started_at, start_offset, min(planned_until, coalesce(ended_at, planned_until)), "
        "start_offset FROM pauses ORDER BY started_at");
    while (row.executeStep()) {
        sink("pause", {{"start", local(row, 0)},
                       {"end", local(row, 2)},
                       {"seconds", seconds_between_start_and_end(row)}});
    }
}

void each_rest_day(SQLite::Database& db, const Sink& sink) {
    SQLite::Statement row(db, "SELECT date FROM rest_days ORDER BY date");
    while (row.executeStep()) sink("rest_day", {{"date", row.getColumn(0).getString()}});
}

json session_item(const SQLite::Statement& row) {
    return {{"position", row.getColumn(1).getInt()},     {"exercise", row.getColumn(2).getString()},
            {"sets_asked", row.getColumn(3).getInt()},   {"amount_asked", row.getColumn(4).getInt()},
            {"sets_done", row.getColumn(5).getInt()},    {"amount_done", row.getColumn(6).getInt()},
            {"skipped", row.getColumn(7).getInt() != 0}};
}

// Each session with its items nested (JSON); the CSV writes them as rows of their own.
void each_session(SQLite::Database& db, const Sink& sink) {
    SQLite::Statement row(db,
                          "SELECT started_at, start_offset, ended_at, "
                          "coalesce(end_offset, start_offset), outcome, routine, id "
                          "FROM sessions ORDER BY started_at, id");
    SQLite::Statement items(db,
                            "SELECT session, position, exercise, sets_asked, amount_asked, "
                            "sets_done, amount_done, skipped FROM session_items "
                            "WHERE session = ?1 ORDER BY position");
    while (row.executeStep()) {
        json session{{"id", row.getColumn(6).getInt64()},   {"routine", row.getColumn(5).getString()},
                     {"start", local(row, 0)},              {"end", local(row, 2)},
                     {"seconds", seconds_between_start_and_end(row)},
                     {"outcome", text(row.getColumn(4))},   {"items", json::array()}};
        items.bind(1, row.getColumn(6).getInt64());
        while (items.executeStep()) session["items"].push_back(session_item(items));
        items.reset();
        sink("session", session);
    }
}

// The CSV has one column set for every kind; a prompt's opened/closed and a rest day's
// date fill the shared start/end columns.
constexpr const char* csv_columns[] = {
    "id",       "start",      "end",          "seconds",   "end_reason",  "outcome",
    "exercise", "snoozes",    "unprompted",   "routine",   "position",    "sets_asked",
    "amount_asked", "sets_done", "amount_done", "skipped"};

std::string_view json_key(std::string_view kind, std::string_view column) {
    if (kind == "prompt" && column == "start") return "opened";
    if (kind == "prompt" && column == "end") return "closed";
    if (kind == "rest_day" && column == "start") return "date";
    return column;
}

std::string csv_cell(const json& value) {
    if (value.is_null()) return {};
    if (value.is_boolean()) return value.get<bool>() ? "1" : "0";
    // Our strings are times, dates and enum words: never a comma, quote or newline.
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

}  // namespace

void export_csv(SQLite::Database& db, std::ostream& out) {
    out << "kind";
    for (const char* column : csv_columns) out << ',' << column;
    out << '\n';
    const Sink row = [&out](std::string_view kind, const json& record) {
        out << kind;
        for (const char* column : csv_columns) {
            const auto field = record.find(json_key(kind, column));
            out << ',' << (field == record.end() ? std::string{} : csv_cell(*field));
        }
        out << '\n';
    };
    each_spell(db, row);
    each_prompt(db, row);
    each_pause(db, row);
    each_rest_day(db, row);
    each_session(db, [&row](std::string_view kind, const json& session) {
        json head = session;
        head.erase("items");
        row(kind, head);
        for (json item : session["items"]) {
            item["id"] = session["id"];
            row("session_item", item);
        }
    });
}

void export_json(SQLite::Database& db, std::ostream& out) {
    out << "{\"format\":\"sitbreak-history\",\"format_version\":" << format_version
        << ",\"schema_version\":" << schema::version(db);
    const auto section = [&](const char* name, void (*each)(SQLite::Database&, const Sink&)) {
        out << ",\n\"" << name << "\":[";
        bool first = true;
        each(db, [&](std::string_view, const json& record) {
            out << (first ? "\n" : ",\n") << record.dump();
            first = false;
        });
        out << "\n]";
    };
    section("spells", each_spell);
    section("prompts", each_prompt);
    section("pauses", each_pause);
    section("rest_days", each_rest_day);
    section("sessions", each_session);
    out << "\n}\n";
}

}  // namespace sitbreak::store
