// The service's use of the exercise catalogue (DESIGN §14.1): what a prompt offers and
// says, the notification built from it, and which confirmations it takes.
#include <spdlog/spdlog.h>

#include "common/i18n.hpp"
#include "common/printable.hpp"
#include "config/duration.hpp"
#include "service/service.hpp"

namespace sitbreak::service {

using namespace std::chrono;
using common::tr;
using common::tr_format;

void Service::reload_catalogue(config::Catalogue catalogue) {
    catch_up();
    catalogue_error_ = log_errors(catalogue.errors);
    catalogue_ = std::move(catalogue);
    publish();
}

std::optional<std::string> Service::unconfirmable(const std::string& exercise) const {
    const common::Exercise* found = catalogue_.find(exercise);
    if (found != nullptr && found->micro) return std::nullopt;
    const std::string quoted = common::quoted(exercise);
    if (found != nullptr) {
        return quoted + " is an exercise for sessions, not one a prompt counts.";
    }
    std::string sentence = "Unknown exercise " + quoted;
    const auto offerable = catalogue_.offerable();
    if (const auto near = config::suggest_exercise(exercise, offerable)) {
        return sentence + "; did you mean \"" + *near + "\"?";
    }
    return sentence + "; `sitbreak exercises` lists them.";
}

std::vector<const common::Exercise*> Service::offered() const {
    std::vector<const common::Exercise*> exercises;
    for (const core::ExerciseId& id : settings_.exercises) {
        if (const common::Exercise* found = catalogue_.find(id)) exercises.push_back(found);
    }
    return exercises;
}

// In the user's language, with the catalogue's words for the exercises: the notification's
// body, and what clients show as the prompt's sentence.
std::string Service::prompt_text() const {
    const auto choices = offered();
    std::string what = tr("a short break");
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const std::string words = tr(choices[i]->prompt.c_str());
        if (i == 0) {
            what = words;
        } else if (i + 1 == choices.size()) {
            // TRANSLATORS: the last of the exercises a prompt offers: "bridges or a squeeze".
            what = tr_format("{} or {}", what, words);
        } else {
            what = tr_format("{}, {}", what, words);
        }
    }
    const auto since = engine_.status().hour_started;
    // Under a minute (a prompt asked for just after sitting down) there is nothing to tell.
    if (since && now() - *since >= minutes{1}) {
        const core::Duration sat = floor<minutes>(now() - *since);
        return tr_format("Sitting for {}: time for {}.", config::format_duration(sat), what);
    }
    return tr_format("Time for {}.", what);
}

void Service::show_notification(core::PromptId prompt, int snoozes_left) {
    platform::PromptNotice notice{prompt, tr("Time to stand up"), prompt_text(), {},
                                  snoozes_left > 0, {}};
    for (const common::Exercise* exercise : offered()) {
        notice.exercises.push_back({exercise->id, tr(exercise->label.c_str())});
        if (notice.image.empty()) notice.image = exercise->image;
    }
    notice.urgent = engine_.status().escalation > 0;
    presenter_.show(notice);
}

}  // namespace sitbreak::service
