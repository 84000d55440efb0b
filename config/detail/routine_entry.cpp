#include "config/detail/routine_entry.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "common/i18n.hpp"
#include "config/detail/suggest.hpp"
#include "config/detail/toml_values.hpp"

namespace sitbreak::config::detail {

namespace {

using common::Dose;
using common::RoutineItem;

constexpr std::array<std::string_view, 2> routine_fields{"name", "items"};
constexpr std::array<std::string_view, 7> item_fields{"exercise", "sets", "reps",   "seconds",
                                                      "paces",    "rest", "without"};
constexpr std::size_t kMaxItems = 12;

std::string unit_name(Dose::Unit unit) {
    switch (unit) {
    case Dose::Unit::reps: return "reps";
    case Dose::Unit::seconds: return "seconds";
    case Dose::Unit::paces: return "paces";
    }
    return "reps";
}

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::optional<std::string> unknown(std::string_view name, std::span<const std::string_view> known) {
    if (std::find(known.begin(), known.end(), name) != known.end()) return std::nullopt;
    const std::vector<std::string> names(known.begin(), known.end());
    return detail::unknown_field(name, names);
}

// A whole number in [min, max], or the sentence that refuses the node.
std::optional<std::string> whole(const toml::node& node, std::int64_t min, std::int64_t max,
                                 std::uint32_t& out) {
    const auto value = node.value_exact<std::int64_t>();
    if (!value || *value < min || *value > max) {
        return common::tr_format("expected {0}, got {1}",
                                 common::tr_format("a whole number from {0} to {1}", min, max),
                                 describe(node));
    }
    out = static_cast<std::uint32_t>(*value);
    return std::nullopt;
}

std::optional<std::string> item_field(std::string_view key, const toml::node& node,
                                      RoutineItem& item, RoutineEntry::Item& where) {
    if (key == "exercise") {
        const auto* id = node.as_string();
        if (id == nullptr || !common::is_exercise_id(id->get())) {
            return common::tr_format("expected an exercise id, got {}", describe(node));
        }
        item.exercise = id->get();
        return std::nullopt;
    }
    if (key == "sets") return whole(node, 1, 10, item.sets);
    if (key == "rest") return whole(node, 0, 300, item.rest_seconds);
    if (key == "without") {
        const auto* text = node.as_string();
        if (text == nullptr || text->get().empty() || text->get().size() > 200) {
            return common::tr_format("expected text of 1 to {0} bytes, got {1}", 200,
                                     describe(node));
        }
        item.without = text->get();
        return std::nullopt;
    }
    where.unit = key == "reps"      ? Dose::Unit::reps
                 : key == "seconds" ? Dose::Unit::seconds
                                    : Dose::Unit::paces;
    return whole(node, 1, 1000, item.amount);
}

std::variant<RoutineItem, EntryError> read_item(const std::string& id, std::size_t index,
                                                const toml::node& node, RoutineEntry::Item& where) {
    const std::string name = "routines." + id + ".items[" + std::to_string(index + 1) + "]";
    where.line = line_of(node);
    const auto* table = node.as_table();
    if (table == nullptr || !table->contains("exercise")) {
        return EntryError{where.line, name,
                          common::tr_format("expected {{ exercise = \"id\", sets = 2, reps = 10, "
                                            "rest = 15 }}, got {}",
                                            describe(node))};
    }
    if (table->contains("reps") + table->contains("seconds") + table->contains("paces") > 1) {
        return EntryError{where.line, name, common::tr("give one of reps, seconds or paces")};
    }
    RoutineItem item;
    for (const auto& [key, value] : *table) {
        auto problem = unknown(key.str(), item_fields);
        if (!problem) problem = item_field(key.str(), value, item, where);
        if (problem)
            return EntryError{line_of(value), name + "." + std::string{key.str()}, *problem};
    }
    return item;
}

}  // namespace

std::variant<RoutineEntry, EntryError> read_routine_entry(const std::string& id,
                                                          const toml::node& node) {
    const std::string name = "routines." + id;
    const auto* table = node.as_table();
    if (!common::is_exercise_id(id) || table == nullptr) {
        return EntryError{line_of(node), name,
                          common::tr("expected a routine: an id of a-z, 0-9 and _ and a table "
                                     "with name and items")};
    }
    for (const auto& [key, value] : *table) {
        if (auto problem = unknown(key.str(), routine_fields)) {
            return EntryError{line_of(value), name + "." + std::string{key.str()}, *problem};
        }
    }
    RoutineEntry entry{{id, "", {}}, {}};
    const auto* title = table->get_as<std::string>("name");
    if (title == nullptr || title->get().empty() || title->get().size() > 80) {
        return EntryError{line_of(node), name + ".name",
                          common::tr("expected a name of 1 to 80 bytes")};
    }
    entry.routine.name = title->get();
    const auto* items = table->get_as<toml::array>("items");
    if (items == nullptr || items->empty() || items->size() > kMaxItems) {
        return EntryError{line_of(node), name + ".items",
                          common::tr_format("expected a list of 1 to {} items", kMaxItems)};
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        auto read = read_item(id, i, *items->get(i), entry.items.emplace_back());
        if (auto* error = std::get_if<EntryError>(&read)) return std::move(*error);
        entry.routine.items.push_back(std::get<RoutineItem>(std::move(read)));
    }
    return entry;
}

std::optional<EntryError> resolve_items(RoutineEntry& entry,
                                        const std::vector<common::Exercise>& exercises) {
    std::vector<std::string> ids;
    for (const common::Exercise& exercise : exercises) ids.push_back(exercise.id);
    for (std::size_t i = 0; i < entry.items.size(); ++i) {
        RoutineItem& item = entry.routine.items[i];
        const std::string name =
            "routines." + entry.routine.id + ".items[" + std::to_string(i + 1) + "]";
        const auto found = std::find(ids.begin(), ids.end(), item.exercise);
        if (found == ids.end()) {
            const auto near = suggest_name(item.exercise, ids);
            const std::string message =
                near ? common::tr_format(
                           "no exercise \"{0}\" in the catalogue; did you mean \"{1}\"?",
                           item.exercise, *near)
                     : common::tr_format("no exercise \"{}\" in the catalogue", item.exercise);
            return EntryError{entry.items[i].line, name + ".exercise", message};
        }
        const common::Dose& dose = exercises[static_cast<std::size_t>(found - ids.begin())].dose;
        if (entry.items[i].unit && *entry.items[i].unit != dose.unit) {
            return EntryError{
                entry.items[i].line, name,
                // TRANSLATORS: {1} and {2} are field names: reps, seconds, paces.
                common::tr_format("{0} is counted in {1}, not {2}", item.exercise,
                                  unit_name(dose.unit), unit_name(*entry.items[i].unit))};
        }
        if (item.amount == 0) item.amount = dose.amount;
    }
    return std::nullopt;
}

}  // namespace sitbreak::config::detail
