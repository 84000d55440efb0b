#include "config/detail/exercise_entry.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <system_error>

#include "common/i18n.hpp"
#include "config/detail/suggest.hpp"
#include "config/detail/toml_values.hpp"

namespace sitbreak::config::detail {

namespace {

namespace fs = std::filesystem;
using common::Exercise;

constexpr std::array<std::string_view, 15> fields{
    "name",  "prompt",   "label",  "start",   "reps",  "seconds", "paces",  "per_side",
    "tempo", "steps",    "feel",   "figures", "mirror", "micro",  "article"};
// A new entry needs these and one dose (reps, seconds or paces); tempo, per_side, mirror
// and article have defaults.
constexpr std::array<std::string_view, 8> required{"name",  "prompt",  "label", "start",
                                                   "steps", "figures", "feel",  "micro"};

struct Failure {
    const toml::node* at;
    std::string message;
};
using Check = std::optional<Failure>;

Check text(const toml::node& node, std::size_t max_bytes, std::string& out) {
    const auto* value = node.as_string();
    if (value == nullptr || value->get().empty() || value->get().size() > max_bytes) {
        return Failure{&node, common::tr_format("expected text of 1 to {0} bytes, got {1}",
                                                max_bytes, describe(node))};
    }
    out = value->get();
    return std::nullopt;
}

Check texts(const toml::node& node, std::size_t min, std::size_t max, std::size_t max_bytes,
            std::vector<std::string>& out) {
    const auto* array = node.as_array();
    if (array == nullptr || array->size() < min || array->size() > max) {
        return Failure{&node, common::tr_format("expected a list of {0} to {1} texts, got {2}", min,
                                                max, describe(node))};
    }
    std::vector<std::string> values;
    for (const toml::node& element : *array) {
        if (auto failure = text(element, max_bytes, values.emplace_back())) return failure;
    }
    out = std::move(values);
    return std::nullopt;
}

Check flag(const toml::node& node, bool& out) {
    if (auto problem = read_bool(node, out)) return Failure{&node, problem->message};
    return std::nullopt;
}

Check tempo(const toml::node& node, common::Tempo& out) {
    const auto* table = node.as_table();
    const auto shape = [&node] {
        return Failure{&node, common::tr_format(
                                  "expected seconds per rep like {{ up = 1, hold = 1, down = 2 }}, "
                                  "got {}",
                                  describe(node))};
    };
    if (table == nullptr) return shape();
    common::Tempo tempo{0, 0, 0};
    for (const auto& [key, value] : *table) {
        double* phase = key == "up" ? &tempo.up : key == "hold" ? &tempo.hold
                      : key == "down" ? &tempo.down : nullptr;
        const auto seconds = value.value<double>();
        if (phase == nullptr || !seconds || *seconds < 0 || *seconds > 60) {
            return Failure{
                &value,
                common::tr_format("expected up, hold and down of 0 to 60 seconds, got {0} = {1}",
                                  std::string{key.str()}, describe(value))};
        }
        *phase = *seconds;
    }
    if (tempo.rep_seconds() <= 0) return shape();
    out = tempo;
    return std::nullopt;
}

Check dose(std::string_view field, const toml::node& node, common::Dose& out) {
    int amount = 0;
    if (auto problem = read_int(node, 1, 1000, amount)) return Failure{&node, problem->message};
    out.unit = field == "reps"      ? common::Dose::Unit::reps
               : field == "seconds" ? common::Dose::Unit::seconds
                                    : common::Dose::Unit::paces;
    out.amount = static_cast<std::uint32_t>(amount);
    return std::nullopt;
}

fs::path located(const std::string& name, const fs::path& dir) {
    const fs::path path{name};
    return path.is_absolute() ? path : dir / path;
}

Check figures(const toml::node& node, const fs::path& dir, Exercise& out) {
    std::vector<std::string> names;
    if (auto failure = texts(node, 1, 3, 255, names)) return failure;
    out.figures.clear();
    for (const std::string& name : names) out.figures.push_back(located(name, dir).string());
    // The notification's picture: a PNG of the first pose, rendered beside it at build time.
    std::error_code ignored;
    const fs::path png = fs::path{out.figures.front()}.replace_extension(".png");
    out.image = fs::is_regular_file(png, ignored) ? png.string() : std::string{};
    return std::nullopt;
}

Check field(std::string_view key, const toml::node& node, const fs::path& dir, Exercise& e) {
    if (key == "name") return text(node, 60, e.name);
    if (key == "prompt") return text(node, 80, e.prompt);
    if (key == "label") return text(node, 40, e.label);
    if (key == "start") return text(node, 40, e.start);
    if (key == "reps" || key == "seconds" || key == "paces") return dose(key, node, e.dose);
    if (key == "per_side") return flag(node, e.dose.per_side);
    if (key == "tempo") return tempo(node, e.tempo);
    if (key == "steps") return texts(node, 1, 6, 200, e.steps);
    if (key == "feel") return text(node, 200, e.feel);
    if (key == "figures") return figures(node, dir, e);
    if (key == "mirror") return flag(node, e.mirror);
    if (key == "micro") return flag(node, e.micro);
    return text(node, 120, e.article);
}

std::optional<EntryError> unknown_field(const std::string& id, const toml::key& key) {
    const std::string name{key.str()};
    if (std::find(fields.begin(), fields.end(), name) != fields.end()) return std::nullopt;
    const std::vector<std::string> known(fields.begin(), fields.end());
    return EntryError{static_cast<int>(key.source().begin.line), id + "." + name,
                      detail::unknown_field(name, known)};
}

std::optional<std::string> missing_fields(const toml::table& table) {
    std::string missing;
    for (const std::string_view name : required) {
        if (!table.contains(name)) missing += (missing.empty() ? "" : ", ") + std::string{name};
    }
    const int doses = table.contains("reps") + table.contains("seconds") + table.contains("paces");
    if (doses != 1) {
        missing +=
            std::string{missing.empty() ? "" : ", "} + common::tr("one of reps, seconds or paces");
    }
    if (missing.empty()) return std::nullopt;
    // TRANSLATORS: {} the fields it lacks: "name, steps, one of reps, seconds or paces".
    return common::tr_format("a new exercise needs {}", missing);
}

}  // namespace

std::variant<Exercise, EntryError> read_exercise_entry(const std::string& id,
                                                       const toml::node& node,
                                                       const Exercise* base,
                                                       const fs::path& figure_dir) {
    const int line = static_cast<int>(node.source().begin.line);
    if (!common::is_exercise_id(id)) {
        return EntryError{line, id,
                          common::tr("an exercise id is 1 to 32 of a-z, 0-9 and _, starting with "
                                     "a letter")};
    }
    // A notification's actions are keyed by id next to the prompt's own answers.
    if (id == "snooze" || id == "skip" || id == "default") {
        return EntryError{line, id,
                          common::tr("this id is taken by the prompt's own answers; choose "
                                     "another")};
    }
    const auto* table = node.as_table();
    if (table == nullptr) {
        return EntryError{
            line, id,
            common::tr_format("expected a table describing an exercise, got {}", describe(node))};
    }
    for (const auto& [key, value] : *table) {
        if (auto error = unknown_field(id, key)) return *error;
    }
    const int doses = table->contains("reps") + table->contains("seconds") + table->contains("paces");
    if (doses > 1) {
        return EntryError{line, id,
                          common::tr_format("give one of reps, seconds or paces, not {}", doses)};
    }
    if (base == nullptr) {
        if (auto missing = missing_fields(*table)) return EntryError{line, id, *missing};
    }
    Exercise exercise = base != nullptr ? *base : Exercise{};
    exercise.id = id;
    for (const auto& [key, value] : *table) {
        if (auto failure = field(key.str(), value, figure_dir, exercise)) {
            return EntryError{static_cast<int>(failure->at->source().begin.line),
                              id + "." + std::string{key.str()}, std::move(failure->message)};
        }
    }
    return exercise;
}

}  // namespace sitbreak::config::detail
