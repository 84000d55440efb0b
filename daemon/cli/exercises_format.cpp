#include "cli/exercises_format.hpp"

#include "client/exercise_dictionary.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"

namespace sitbreak::cli {

namespace {

using nlohmann::ordered_json;

using common::padded;

}  // namespace

ordered_json exercises_json(const std::vector<common::Exercise>& exercises) {
    ordered_json out = ordered_json::array();
    for (const common::Exercise& e : exercises) {
        out.push_back(ordered_json{
            {"id", e.id},
            {"name", e.name},
            {"prompt", e.prompt},
            {"label", e.label},
            {"start", e.start},
            {"dose", {{"unit", client::to_string(e.dose.unit)},
                      {"amount", e.dose.amount},
                      {"per_side", e.dose.per_side}}},
            {"tempo", {{"up", e.tempo.up}, {"hold", e.tempo.hold}, {"down", e.tempo.down}}},
            {"steps", e.steps},
            {"feel", e.feel},
            {"figures", e.figures},
            {"image", e.image},
            {"mirror", e.mirror},
            {"micro", e.micro},
            {"article", e.article}});
    }
    return out;
}

std::string exercises_text(const std::vector<common::Exercise>& exercises) {
    std::string text;
    for (const common::Exercise& e : exercises) {
        // A user's entry is a peer's text: nothing a terminal acts on.
        std::string line = padded(common::printable(e.id), 19) +
                           padded(common::printable(common::tr(e.name.c_str()), 40), 24) +
                           padded(dose_text(e.dose), 20) +
                           (e.micro ? common::tr("hourly") : common::tr("sessions"));
        text += line + "\n";
    }
    text += common::tr(
        "\"hourly\" exercises can be offered by a prompt (prompt.exercises) and counted with\n"
        "`sitbreak done ID`; add your own in exercises.toml beside config.toml.\n");
    return text;
}

}  // namespace sitbreak::cli
