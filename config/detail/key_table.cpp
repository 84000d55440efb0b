#include "config/detail/key_table.hpp"

#include <algorithm>
#include <vector>

#include "config/duration.hpp"
#include "config/time_of_day.hpp"

namespace sitbreak::config::detail {

namespace {

using namespace std::chrono_literals;
using std::chrono::weekday;

constexpr core::Duration day = 24h;

std::string duration_text(core::Duration value) { return string_text(format_duration(value)); }

// Which ids exist is the catalogue's to say: the loader checks them against it
// (load.hpp), here only their form.
ReadResult read_exercises(const toml::node& node, Settings& into) {
    return read_id_list(node, into.exercises);
}

std::string write_exercises(const Settings& from) { return string_list_text(from.exercises); }

ReadResult read_quiet_when(const toml::node& node, Settings& into) {
    std::vector<std::size_t> indices;
    if (auto problem = read_name_list(node, quiet_when_names(), true, indices)) return problem;
    std::vector<std::string_view> names;
    for (const std::size_t index : indices) names.push_back(quiet_when_names()[index]);
    into.quiet_when = *quiet_when_from_names(names);  // read_name_list ruled out repeats
    return std::nullopt;
}

std::string write_quiet_when(const Settings& from) {
    const auto names = to_names(from.quiet_when);
    return string_list_text({names.begin(), names.end()});
}

// Day is std::chrono::weekday's c_encoding: 0 is Sunday.
ReadResult read_week_starts(const toml::node& node, Settings& into) {
    std::size_t index = 0;
    if (auto problem = read_name(node, weekday_names(), index)) return problem;
    into.programme.week_starts = weekday{static_cast<unsigned>(index)};
    return std::nullopt;
}

std::string write_week_starts(const Settings& from) {
    return string_text(weekday_names()[from.programme.week_starts.c_encoding()]);
}

template <unsigned Day>
ReadResult read_day(const toml::node& node, Settings& into) {
    std::vector<core::TimeRange> ranges;
    if (auto problem = read_working_hours(node, ranges)) return problem;
    into.rules.hours.set(weekday{Day}, std::move(ranges));
    return std::nullopt;
}

template <unsigned Day>
std::string write_day(const Settings& from) {
    std::vector<std::string> ranges;
    for (const core::TimeRange& range : from.rules.hours.on(weekday{Day})) {
        ranges.push_back(format_time_range(range));
    }
    return string_list_text(ranges);
}

template <unsigned Day>
constexpr KeyDescriptor day_key(std::string_view name) {
    return {{name, R"(Working hours as "HH:MM-HH:MM" ranges; [] means no prompts that day.)",
             R"([ "00:00-24:00" ])"},
            &read_day<Day>,
            &write_day<Day>};
}

// clang-format off
constexpr KeyDescriptor table[] = {
    {{"sitting.limit", "Continuous sitting after which a prompt opens, 1s to 24h.", R"("1h")"},
     [](const toml::node& n, Settings& s) { return read_duration(n, 1s, day, s.rules.limit); },
     [](const Settings& s) { return duration_text(s.rules.limit); }},
    {{"sitting.break_after",
      "Idle or locked time that counts as a break and ends a sitting spell, 1s to 24h.",
      R"("5m")"},
     [](const toml::node& n, Settings& s) { return read_duration(n, 1s, day, s.rules.break_after); },
     [](const Settings& s) { return duration_text(s.rules.break_after); }},
    {{"sitting.lock_is_break",
      "Whether any screen lock is a break, not only one lasting break_after.", "true"},
     [](const toml::node& n, Settings& s) { return read_bool(n, s.rules.lock_is_break); },
     [](const Settings& s) { return bool_text(s.rules.lock_is_break); }},
    {{"prompt.exercises",
      "What a prompt offers: hourly exercises from `sitbreak exercises`, e.g. bridges, squeeze.",
      R"([ "bridges", "squeeze" ])"},
     &read_exercises, &write_exercises},
    {{"prompt.snooze", "How long a snoozed prompt waits before it opens again, 1s to 24h.",
      R"("10m")"},
     [](const toml::node& n, Settings& s) { return read_duration(n, 1s, day, s.rules.snooze); },
     [](const Settings& s) { return duration_text(s.rules.snooze); }},
    {{"prompt.max_snoozes", "How many times one prompt may be snoozed, 0 to 20.", "3"},
     [](const toml::node& n, Settings& s) { return read_int(n, 0, 20, s.rules.max_snoozes); },
     [](const Settings& s) { return int_text(s.rules.max_snoozes); }},
    {{"prompt.repeat_every", "How often an unanswered prompt notifies again, 1s to 24h.",
      R"("10m")"},
     [](const toml::node& n, Settings& s) { return read_duration(n, 1s, day, s.rules.repeat_every); },
     [](const Settings& s) { return duration_text(s.rules.repeat_every); }},
    {{"prompt.wait_for_pause",
      "A prompt due while you type opens at the first pause this long, 0s (no wait) to 1m.",
      R"("3s")"},
     [](const toml::node& n, Settings& s) {
         return read_duration(n, 0s, 1min, s.rules.wait_for_pause);
     },
     [](const Settings& s) { return duration_text(s.rules.wait_for_pause); }},
    {{"prompt.max_wait", "The longest a prompt waits for a pause in typing, 1s to 1h.",
      R"("1m")"},
     [](const toml::node& n, Settings& s) { return read_duration(n, 1s, 1h, s.rules.max_wait); },
     [](const Settings& s) { return duration_text(s.rules.max_wait); }},
    {{"prompt.escalate",
      "Whether prompts come earlier, and urgent, after escalate_after misses in a row.",
      "false"},
     [](const toml::node& n, Settings& s) { return read_bool(n, s.rules.escalate); },
     [](const Settings& s) { return bool_text(s.rules.escalate); }},
    {{"prompt.escalate_after",
      "Prompts in a row skipped or ignored before the next comes earlier, 1 to 20.", "3"},
     [](const toml::node& n, Settings& s) { return read_int(n, 1, 20, s.rules.escalate_after); },
     [](const Settings& s) { return int_text(s.rules.escalate_after); }},
    {{"prompt.escalate_step",
      "How much earlier each further miss brings the next prompt, never below half the "
      "limit, 1m to 1h.",
      R"("10m")"},
     [](const toml::node& n, Settings& s) {
         return read_duration(n, 1min, 1h, s.rules.escalate_step);
     },
     [](const Settings& s) { return duration_text(s.rules.escalate_step); }},
    {{"prompt.style",
      "How prompts show: notification, popup, or auto (popup while a tray runs, else notification).",
      R"("auto")"},
     [](const toml::node& n, Settings& s) { return read_enum(n, prompt_style_names(), s.prompt_style); },
     [](const Settings& s) { return string_text(to_string(s.prompt_style)); }},
    {{"prompt.sound", "A soft tick per rep of a guided set in the popup: none or tick.",
      R"("none")"},
     [](const toml::node& n, Settings& s) { return read_enum(n, prompt_sound_names(), s.prompt_sound); },
     [](const Settings& s) { return string_text(to_string(s.prompt_sound)); }},
    day_key<1>("schedule.monday"),
    day_key<2>("schedule.tuesday"),
    day_key<3>("schedule.wednesday"),
    day_key<4>("schedule.thursday"),
    day_key<5>("schedule.friday"),
    day_key<6>("schedule.saturday"),
    day_key<0>("schedule.sunday"),
    {{"schedule.quiet_when",
      "Prompts wait while these are on: dnd (do not disturb), fullscreen (a fullscreen window), "
      "call (a microphone recording or a camera open).",
      R"([ "dnd", "fullscreen", "call" ])"},
     &read_quiet_when, &write_quiet_when},
    {{"goals.daily", "Exercises a day that keep the streak going, 1 to 50.", "5"},
     [](const toml::node& n, Settings& s) { return read_int(n, 1, 50, s.rules.daily_goal); },
     [](const Settings& s) { return int_text(s.rules.daily_goal); }},
    {{"goals.day_starts_at", "Local time at which a new day begins for goals and streaks.",
      R"("04:00")"},
     [](const toml::node& n, Settings& s) { return read_time_of_day(n, s.rules.day_starts_at); },
     [](const Settings& s) { return string_text(format_time_of_day(s.rules.day_starts_at)); }},
    {{"programme.sessions_per_week",
      "Activation sessions a week that keep the weekly streak going, 1 to 7.", "3"},
     [](const toml::node& n, Settings& s) { return read_int(n, 1, 7, s.programme.sessions_per_week); },
     [](const Settings& s) { return int_text(s.programme.sessions_per_week); }},
    {{"programme.week_starts", "The day a week begins for the weekly goal, monday to sunday.",
      R"("monday")"},
     &read_week_starts, &write_week_starts},
    {{"programme.suggest_after",
      "Local time from which a natural break may bring the suggestion of a session.",
      R"("16:00")"},
     [](const toml::node& n, Settings& s) { return read_time_of_day(n, s.programme.suggest_after); },
     [](const Settings& s) { return string_text(format_time_of_day(s.programme.suggest_after)); }},
    {{"programme.progress_after",
      "Sessions in a row with an item's full dose before its next step is offered, 2 to 20.",
      "4"},
     [](const toml::node& n, Settings& s) { return read_int(n, 2, 20, s.programme.progress_after); },
     [](const Settings& s) { return int_text(s.programme.progress_after); }},
    {{"idle.backend", "How to sense keyboard and mouse activity: auto, x11, mutter, wayland or kde-idle.",
      R"("auto")"},
     [](const toml::node& n, Settings& s) { return read_enum(n, idle_backend_names(), s.idle_backend); },
     [](const Settings& s) { return string_text(to_string(s.idle_backend)); }},
    {{"idle.min_activity",
      "Input shorter than this after a break does not start a sitting spell, 0s to 10m.",
      R"("2s")"},
     [](const toml::node& n, Settings& s) { return read_duration(n, 0s, 10min, s.rules.min_activity); },
     [](const Settings& s) { return duration_text(s.rules.min_activity); }},
    {{"log.level", "Least severe messages logged: trace, debug, info, warn or error.", R"("info")"},
     [](const toml::node& n, Settings& s) { return read_enum(n, log_level_names(), s.log_level); },
     [](const Settings& s) { return string_text(to_string(s.log_level)); }},
};
// clang-format on

}  // namespace

std::string_view KeyDescriptor::section() const {
    return info.name.substr(0, info.name.find('.'));
}

std::string_view KeyDescriptor::leaf() const { return info.name.substr(info.name.find('.') + 1); }

std::span<const KeyDescriptor> key_table() { return table; }

const KeyDescriptor* find_key(std::string_view dotted_name) {
    const auto found = std::find_if(std::begin(table), std::end(table), [&](const auto& key) {
        return key.info.name == dotted_name;
    });
    return found == std::end(table) ? nullptr : found;
}

bool is_section(std::string_view name) {
    return std::any_of(std::begin(table), std::end(table),
                       [&](const auto& key) { return key.section() == name; });
}

}  // namespace sitbreak::config::detail

namespace sitbreak::config {

std::span<const KeyInfo> keys() {
    static const std::vector<KeyInfo> infos = [] {
        std::vector<KeyInfo> list;
        for (const auto& key : detail::key_table()) list.push_back(key.info);
        return list;
    }();
    return infos;
}

}  // namespace sitbreak::config
