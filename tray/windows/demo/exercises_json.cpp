#include "tray/windows/demo/exercises_json.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "config/catalogue.hpp"
#include "config/shipped_catalogue.hpp"

namespace sitbreak::tray::demo {

namespace {

using common::Dose;
using common::Exercise;
using nlohmann::json;

Dose::Unit unit_from(const std::string& unit) {
    if (unit == "reps") return Dose::Unit::reps;
    if (unit == "seconds") return Dose::Unit::seconds;
    if (unit == "paces") return Dose::Unit::paces;
    throw std::runtime_error{"unknown dose unit \"" + unit + "\""};
}

std::string path_from(const json& value, const std::filesystem::path& folder) {
    const std::filesystem::path path = value.get<std::string>();
    if (path.empty() || path.is_absolute()) return path.string();
    return (folder / path).lexically_normal().string();
}

Exercise exercise_from(const json& item, const std::filesystem::path& folder) {
    Exercise exercise;
    exercise.id = item.at("id").get<std::string>();
    exercise.name = item.value("name", exercise.id);
    exercise.prompt = item.value("prompt", "");
    exercise.label = item.value("label", "");
    exercise.start = item.value("start", "");
    const json dose = item.value("dose", json::object());
    exercise.dose.unit = unit_from(dose.value("unit", "reps"));
    exercise.dose.amount = dose.value("amount", exercise.dose.amount);
    exercise.dose.per_side = dose.value("per_side", false);
    const json tempo = item.value("tempo", json::object());
    exercise.tempo.up = tempo.value("up", exercise.tempo.up);
    exercise.tempo.hold = tempo.value("hold", exercise.tempo.hold);
    exercise.tempo.down = tempo.value("down", exercise.tempo.down);
    exercise.steps = item.value("steps", std::vector<std::string>{});
    exercise.feel = item.value("feel", "");
    for (const json& figure : item.value("figures", json::array())) {
        exercise.figures.push_back(path_from(figure, folder));
    }
    if (item.contains("image")) exercise.image = path_from(item.at("image"), folder);
    exercise.mirror = item.value("mirror", false);
    exercise.micro = item.value("micro", false);
    exercise.article = item.value("article", "");
    return exercise;
}

}  // namespace

std::vector<Exercise> load_exercises(const std::filesystem::path& path) {
    std::ifstream file{path};
    if (!file) throw std::runtime_error{"Cannot read " + path.string() + "."};
    try {
        std::vector<Exercise> exercises;
        for (const json& item : json::parse(file)) {
            exercises.push_back(exercise_from(item, path.parent_path()));
        }
        return exercises;
    } catch (const std::exception& error) {
        throw std::runtime_error{path.string() + " is not exercises JSON: " + error.what()};
    }
}

std::vector<Exercise> sample_exercises(const std::filesystem::path& figures) {
    // The daemon's own words: the shipped catalogue as built in, its figures from `figures`.
    const config::Catalogue catalogue = config::load_catalogue(
        config::CatalogueFile{std::string{config::shipped_catalogue_text()}, "catalogue.toml",
                              figures},
        config::CatalogueFile{"", "none", figures});
    return {*catalogue.find("bridges"), *catalogue.find("squeeze")};
}

}  // namespace sitbreak::tray::demo
