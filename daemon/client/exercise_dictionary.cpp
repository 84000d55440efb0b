#include "client/exercise_dictionary.hpp"

#include <cstdint>
#include <vector>

namespace sitbreak::client {

namespace {

common::Dose::Unit unit_from(std::string_view name) {
    if (name == "seconds") return common::Dose::Unit::seconds;
    if (name == "paces") return common::Dose::Unit::paces;
    return common::Dose::Unit::reps;
}

}  // namespace

std::vector<common::Exercise> offered(const std::vector<std::string>& ids,
                                      const std::vector<common::Exercise>& catalogue) {
    std::vector<common::Exercise> chosen;
    for (const std::string& id : ids) {
        for (const common::Exercise& e : catalogue) {
            if (e.id == id) chosen.push_back(e);
        }
    }
    return chosen;
}

std::string_view to_string(common::Dose::Unit unit) {
    switch (unit) {
    case common::Dose::Unit::reps: return "reps";
    case common::Dose::Unit::seconds: return "seconds";
    case common::Dose::Unit::paces: return "paces";
    }
    return "reps";
}

Dictionary to_dictionary(const common::Exercise& e) {
    return {{"id", sdbus::Variant{e.id}},
            {"name", sdbus::Variant{e.name}},
            {"prompt", sdbus::Variant{e.prompt}},
            {"label", sdbus::Variant{e.label}},
            {"start", sdbus::Variant{e.start}},
            {"dose_unit", sdbus::Variant{std::string{to_string(e.dose.unit)}}},
            {"dose", sdbus::Variant{e.dose.amount}},
            {"per_side", sdbus::Variant{e.dose.per_side}},
            {"tempo_up", sdbus::Variant{e.tempo.up}},
            {"tempo_hold", sdbus::Variant{e.tempo.hold}},
            {"tempo_down", sdbus::Variant{e.tempo.down}},
            {"steps", sdbus::Variant{e.steps}},
            {"feel", sdbus::Variant{e.feel}},
            {"figures", sdbus::Variant{e.figures}},
            {"image", sdbus::Variant{e.image}},
            {"mirror", sdbus::Variant{e.mirror}},
            {"micro", sdbus::Variant{e.micro}},
            {"article", sdbus::Variant{e.article}}};
}

common::Exercise exercise_from_dictionary(const Dictionary& entry) {
    common::Exercise e;
    read(entry, "id", e.id);
    read(entry, "name", e.name);
    read(entry, "prompt", e.prompt);
    read(entry, "label", e.label);
    read(entry, "start", e.start);
    std::string unit;
    read(entry, "dose_unit", unit);
    e.dose.unit = unit_from(unit);
    read(entry, "dose", e.dose.amount);
    read(entry, "per_side", e.dose.per_side);
    read(entry, "tempo_up", e.tempo.up);
    read(entry, "tempo_hold", e.tempo.hold);
    read(entry, "tempo_down", e.tempo.down);
    read(entry, "steps", e.steps);
    read(entry, "feel", e.feel);
    read(entry, "figures", e.figures);
    read(entry, "image", e.image);
    read(entry, "mirror", e.mirror);
    read(entry, "micro", e.micro);
    read(entry, "article", e.article);
    return e;
}

}  // namespace sitbreak::client
