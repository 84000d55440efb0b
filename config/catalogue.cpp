#include "config/catalogue.hpp"

#include <algorithm>

#include "common/i18n.hpp"
#include "config/detail/bounds.hpp"
#include "config/detail/exercise_entry.hpp"
#include "config/detail/file_text.hpp"
#include "config/detail/routine_entry.hpp"
#include "config/detail/suggest.hpp"
#include "config/detail/toml_values.hpp"
#include "config/paths.hpp"
#include "config/shipped_catalogue.hpp"

namespace sitbreak::config {

namespace {

namespace fs = std::filesystem;

int line_of(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

// The file's entries in the order they are written (toml++ sorts keys by name).
std::vector<std::pair<std::string, const toml::node*>> entries_in_file_order(
    const toml::table& root) {
    std::vector<std::pair<std::string, const toml::node*>> entries;
    for (const auto& [key, node] : root) entries.emplace_back(std::string{key.str()}, &node);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.second->source().begin.line < b.second->source().begin.line;
    });
    return entries;
}

// Routines as read, with the file they came from: their exercises are checked once every
// file is in, since a user's routine may use the user's own exercise.
using ReadRoutines = std::vector<std::pair<std::string, detail::RoutineEntry>>;

void read_routines(const toml::node& node, const std::string& file, Catalogue& into,
                   ReadRoutines& routines) {
    const auto* table = node.as_table();
    if (table == nullptr) {
        into.errors.push_back(
            {file, line_of(node.source()), "routines",
             common::tr_format("expected [routines.<id>] tables, got {}", detail::describe(node))});
        return;
    }
    for (const auto& [id, routine] : entries_in_file_order(*table)) {
        auto read = detail::read_routine_entry(id, *routine);
        if (auto* error = std::get_if<detail::EntryError>(&read)) {
            into.errors.push_back({file, error->line, error->key, std::move(error->message)});
            continue;
        }
        auto entry = std::get<detail::RoutineEntry>(std::move(read));
        const auto same = std::find_if(routines.begin(), routines.end(), [&](const auto& known) {
            return known.second.routine.id == id;
        });
        if (same != routines.end()) {
            *same = {file, std::move(entry)};
        } else {
            routines.emplace_back(file, std::move(entry));
        }
    }
}

void resolve_routines(Catalogue& into, ReadRoutines& routines) {
    for (auto& [file, entry] : routines) {
        if (auto error = detail::resolve_items(entry, into.exercises)) {
            into.errors.push_back({file, error->line, error->key, std::move(error->message)});
        } else {
            into.routines.push_back(std::move(entry.routine));
        }
    }
}

void merge(Catalogue& into, const CatalogueFile& file, ReadRoutines& routines) {
    if (const auto out_of_bounds = detail::check_bounds(file.text)) {
        into.errors.push_back({file.name, out_of_bounds->line, "", out_of_bounds->message});
        return;
    }
    toml::table root;
    try {
        root = toml::parse(file.text, std::string_view{file.name});
    } catch (const toml::parse_error& error) {
        into.errors.push_back(
            {file.name, line_of(error.source()), "", std::string{error.description()}});
        return;
    }
    for (const auto& [id, node] : entries_in_file_order(root)) {
        if (id == "routines") {
            read_routines(*node, file.name, into, routines);
            continue;
        }
        auto* existing = const_cast<common::Exercise*>(into.find(id));
        auto read = detail::read_exercise_entry(id, *node, existing, file.figure_dir);
        if (auto* error = std::get_if<detail::EntryError>(&read)) {
            into.errors.push_back({file.name, error->line, error->key, std::move(error->message)});
        } else if (existing != nullptr) {
            *existing = std::move(std::get<common::Exercise>(read));
        } else {
            into.exercises.push_back(std::move(std::get<common::Exercise>(read)));
        }
    }
}

}  // namespace

const common::Exercise* Catalogue::find(std::string_view id) const {
    const auto it = std::find_if(exercises.begin(), exercises.end(),
                                 [&](const common::Exercise& e) { return e.id == id; });
    return it == exercises.end() ? nullptr : &*it;
}

const common::Routine* Catalogue::find_routine(std::string_view id) const {
    const auto it = std::find_if(routines.begin(), routines.end(),
                                 [&](const common::Routine& r) { return r.id == id; });
    return it == routines.end() ? nullptr : &*it;
}

OfferableExercises Catalogue::offerable() const {
    OfferableExercises ids;
    for (const common::Exercise& e : exercises) {
        if (e.micro) ids.push_back(e.id);
    }
    return ids;
}

std::optional<std::string> suggest_exercise(std::string_view id,
                                           const OfferableExercises& offerable) {
    return detail::suggest_name(id, offerable);
}

Catalogue load_catalogue(const CatalogueFile& shipped, const CatalogueFile& user) {
    Catalogue catalogue;
    ReadRoutines routines;
    merge(catalogue, shipped, routines);
    merge(catalogue, user, routines);
    resolve_routines(catalogue, routines);
    return catalogue;
}

Catalogue load_catalogue(const CatalogueFile& shipped, const fs::path& user) {
    auto read = detail::read_file_text(user);
    if (!std::holds_alternative<std::string>(read)) {
        Catalogue catalogue = load_catalogue(shipped, CatalogueFile{"", user.string(), {}});
        if (const auto* unreadable = std::get_if<detail::Unreadable>(&read)) {
            catalogue.errors.push_back({user.string(), 0, "", unreadable->message});
        }
        return catalogue;
    }
    return load_catalogue(shipped, CatalogueFile{std::get<std::string>(std::move(read)),
                                                 user.string(), user.parent_path()});
}

Configuration load_configuration(const fs::path& config_path) {
    Configuration loaded;
    loaded.catalogue = load_catalogue(
        CatalogueFile{std::string{shipped_catalogue_text()}, "catalogue.toml", shipped_figure_dir()},
        exercises_path(config_path));
    loaded.config = load_file(config_path, loaded.catalogue.offerable());
    return loaded;
}

}  // namespace sitbreak::config
