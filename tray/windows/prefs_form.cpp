#include "tray/windows/prefs_form.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "common/i18n.hpp"
#include "config/duration.hpp"
#include "config/load.hpp"
#include "config/save.hpp"
#include "config/time_of_day.hpp"

namespace sitbreak::tray {

namespace {

using std::chrono::weekday;

// Monday first; std::chrono::weekday counts from Sunday.
constexpr std::array<unsigned, 7> monday_first{1, 2, 3, 4, 5, 6, 0};

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

class Checker {
public:
    explicit Checker(const config::Settings& base) : settings_{base} {}

    void duration(const std::string& key, const std::string& text, common::Duration& out,
                  common::Duration min = std::chrono::seconds{1},
                  common::Duration max = std::chrono::hours{24}) {
        const auto value = config::parse_duration(trim(text));
        if (!value || *value < min || *value > max) {
            // TRANSLATORS: the durations are written as in config.toml ("45m", "1h30m").
            const char* const sentence =
                max > std::chrono::hours{1}
                    ? common::N_("Use a duration from {0} to {1}, like 45m or 1h30m.")
                    : common::N_("Use a duration from {0} to {1}, like 3s or 1m.");
            fail(key, common::tr_format(sentence, config::format_duration(min),
                                        config::format_duration(max)));
        } else {
            out = *value;
        }
    }

    void number(const std::string& key, int value, int min, int max, int& out) {
        if (value < min || value > max) {
            fail(key, common::tr_format("Choose a number from {0} to {1}.", min, max));
        } else {
            out = value;
        }
    }

    void hours(std::size_t index, const std::string& text) {
        std::vector<core::TimeRange> ranges;
        std::string_view rest = text;
        while (!trim(rest).empty()) {
            const auto comma = rest.find(',');
            const auto range = config::parse_time_range(trim(rest.substr(0, comma)));
            if (!range) {
                return fail(hours_keys()[index],
                            common::tr("Use ranges like 09:00-17:00, separated by commas; empty "
                                       "for a day off."));
            }
            ranges.push_back(*range);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
        std::sort(ranges.begin(), ranges.end(),
                  [](const auto& a, const auto& b) { return a.begin < b.begin; });
        settings_.rules.hours.set(weekday{monday_first[index]}, std::move(ranges));
    }

    // Keeps the order of the file: it is the order the prompt offers them in. Exercises
    // the form has no box for (the user's own, from exercises.toml) stay as they are.
    void exercises(bool bridges, bool squeeze) {
        const auto wanted = [&](const std::string& e) {
            return e == "bridges" ? bridges : e == "squeeze" ? squeeze : true;
        };
        std::vector<std::string> chosen;
        for (const std::string& e : settings_.exercises) {
            if (wanted(e)) chosen.push_back(e);
        }
        for (const std::string e : {"bridges", "squeeze"}) {
            if (wanted(e) && std::find(chosen.begin(), chosen.end(), e) == chosen.end()) {
                chosen.push_back(e);
            }
        }
        if (chosen.empty())
            return fail("prompt.exercises", common::tr("Choose at least one exercise."));
        settings_.exercises = std::move(chosen);
    }

    // What the daemon would still refuse (overlapping hours, ...), as it would say it.
    void whole_file() {
        if (!errors_.empty()) return;
        const auto check = config::load_string(config::render(settings_), "preferences");
        for (const config::ConfigError& error : check.errors) {
            std::string message = error.message + ".";
            message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
            fail(error.key, std::move(message));
        }
    }

    config::Settings& settings() { return settings_; }
    FormResult result() { return {std::move(settings_), std::move(errors_)}; }

private:
    void fail(const std::string& key, std::string message) {
        errors_.push_back({key, std::move(message)});
    }

    config::Settings settings_;
    std::vector<FieldError> errors_;
};

}  // namespace

const std::array<std::string, 7>& hours_keys() {
    static const std::array<std::string, 7> keys{
        "schedule.monday", "schedule.tuesday",  "schedule.wednesday", "schedule.thursday",
        "schedule.friday", "schedule.saturday", "schedule.sunday"};
    return keys;
}

std::string format_hours(const std::vector<core::TimeRange>& ranges) {
    std::string text;
    for (const core::TimeRange& range : ranges) {
        if (!text.empty()) text += ", ";
        text += config::format_time_range(range);
    }
    return text;
}

PrefsForm form_from(const config::Settings& settings) {
    PrefsForm form;
    const core::Rules& rules = settings.rules;
    form.sitting_limit = config::format_duration(rules.limit);
    form.break_after = config::format_duration(rules.break_after);
    form.snooze = config::format_duration(rules.snooze);
    form.wait_for_pause = config::format_duration(rules.wait_for_pause);
    form.max_wait = config::format_duration(rules.max_wait);
    form.escalate = rules.escalate;
    form.max_snoozes = rules.max_snoozes;
    form.daily_goal = rules.daily_goal;
    for (std::size_t i = 0; i < form.hours.size(); ++i) {
        form.hours[i] = format_hours(rules.hours.on(weekday{monday_first[i]}));
    }
    form.prompt_style = settings.prompt_style;
    const auto offers = [&](const std::string& exercise) {
        return std::find(settings.exercises.begin(), settings.exercises.end(), exercise) !=
               settings.exercises.end();
    };
    form.bridges = offers("bridges");
    form.squeeze = offers("squeeze");
    return form;
}

FormResult apply_form(const PrefsForm& form, const config::Settings& base) {
    Checker check{base};
    core::Rules& rules = check.settings().rules;
    check.duration("sitting.limit", form.sitting_limit, rules.limit);
    check.duration("sitting.break_after", form.break_after, rules.break_after);
    check.duration("prompt.snooze", form.snooze, rules.snooze);
    check.duration("prompt.wait_for_pause", form.wait_for_pause, rules.wait_for_pause,
                   common::Duration{0}, std::chrono::minutes{1});
    check.duration("prompt.max_wait", form.max_wait, rules.max_wait, std::chrono::seconds{1},
                   std::chrono::hours{1});
    rules.escalate = form.escalate;
    check.number("prompt.max_snoozes", form.max_snoozes, 0, 20, rules.max_snoozes);
    check.number("goals.daily", form.daily_goal, 1, 50, rules.daily_goal);
    for (std::size_t i = 0; i < form.hours.size(); ++i) check.hours(i, form.hours[i]);
    check.settings().prompt_style = form.prompt_style;
    check.exercises(form.bridges, form.squeeze);
    check.whole_file();
    return check.result();
}

}  // namespace sitbreak::tray
