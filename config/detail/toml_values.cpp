#include "config/detail/toml_values.hpp"

#include <algorithm>
#include <sstream>

#include "common/exercise.hpp"
#include "common/i18n.hpp"
#include "common/printable.hpp"
#include "config/duration.hpp"
#include "config/time_of_day.hpp"

namespace sitbreak::config::detail {

namespace {

// Bytes of a value shown in a message before it is cut with "…".
constexpr std::size_t kMaxDescribed = 60;

// format_flags::none: double-quoted strings (toml++ prefers 'literal' ones by default,
// which reads oddly next to the double quotes in our messages and docs) and no indenting.
std::string toml_text(const toml::node& node) {
    std::ostringstream out;
    out << toml::toml_formatter{node, toml::format_flags::none};
    return out.str();
}

std::string join(std::span<const std::string_view> names) {
    std::string text;
    for (const std::string_view name : names) {
        if (!text.empty()) text += ", ";
        text += name;
    }
    return text;
}

// `what` in the user's language: "a whole number from 1 to 20".
Problem expected(const std::string& what, const toml::node& got) {
    // TRANSLATORS: a config error: {0} what a key takes, {1} the value the file gave, as
    // written there.
    return Problem{common::tr_format("expected {0}, got {1}", what, describe(got))};
}

}  // namespace

std::string describe(const toml::node& node) {
    // A value of 50 000 elements would make an error of 50 000 lines.
    return node.is_table() ? common::tr("a table")
                           : common::printable(toml_text(node), kMaxDescribed);
}

ReadResult read_bool(const toml::node& node, bool& out) {
    const auto* value = node.as_boolean();
    if (value == nullptr) return expected(common::tr("true or false"), node);
    out = value->get();
    return std::nullopt;
}

ReadResult read_int(const toml::node& node, int min, int max, int& out) {
    const auto* value = node.as_integer();
    if (value == nullptr || value->get() < min || value->get() > max) {
        return expected(common::tr_format("a whole number from {0} to {1}", min, max), node);
    }
    out = static_cast<int>(value->get());
    return std::nullopt;
}

ReadResult read_duration(const toml::node& node, core::Duration min, core::Duration max,
                         core::Duration& out) {
    const auto* text = node.as_string();
    const auto duration = text != nullptr ? parse_duration(text->get()) : std::nullopt;
    if (!duration) return expected(common::tr(R"(a duration like "10m")"), node);
    if (*duration < min || *duration > max) {
        return expected(common::tr_format("a duration from {0} to {1}", format_duration(min),
                                          format_duration(max)),
                        node);
    }
    out = *duration;
    return std::nullopt;
}

ReadResult read_time_of_day(const toml::node& node, std::chrono::minutes& out) {
    const auto* text = node.as_string();
    const auto time = text != nullptr ? parse_time_of_day(text->get()) : std::nullopt;
    if (!time) return expected(common::tr(R"(a time "HH:MM" from 00:00 to 23:59)"), node);
    out = *time;
    return std::nullopt;
}

ReadResult read_name(const toml::node& node, std::span<const std::string_view> names,
                     std::size_t& index) {
    const auto* text = node.as_string();
    const auto found =
        text != nullptr ? std::find(names.begin(), names.end(), text->get()) : names.end();
    if (found == names.end()) return expected(common::tr_format("one of {}", join(names)), node);
    index = static_cast<std::size_t>(found - names.begin());
    return std::nullopt;
}

ReadResult read_name_list(const toml::node& node, std::span<const std::string_view> names,
                          bool allow_empty, std::vector<std::size_t>& indices) {
    const auto* array = node.as_array();
    if (array == nullptr)
        return expected(common::tr_format("a list of names from {}", join(names)), node);
    if (array->empty() && !allow_empty)
        return expected(common::tr_format("at least one of {}", join(names)), node);
    std::vector<std::size_t> found;
    for (const toml::node& element : *array) {
        std::size_t index = 0;
        if (auto problem = read_name(element, names, index)) {
            problem->at = &element;
            return problem;
        }
        if (std::find(found.begin(), found.end(), index) != found.end()) {
            return Problem{common::tr_format("expected each name at most once, got {} twice",
                                             describe(element)),
                           &element};
        }
        found.push_back(index);
    }
    indices = std::move(found);
    return std::nullopt;
}

ReadResult read_id_list(const toml::node& node, std::vector<std::string>& out) {
    const auto* array = node.as_array();
    if (array == nullptr || array->empty()) {
        return expected(common::tr(R"(a list of exercise ids like [ "bridges", "squeeze" ])"),
                        node);
    }
    std::vector<std::string> found;
    for (const toml::node& element : *array) {
        const auto* text = element.as_string();
        if (text == nullptr || !common::is_exercise_id(text->get())) {
            return Problem{common::tr_format("expected an exercise id (a-z, 0-9, _), got {}",
                                             describe(element)),
                           &element};
        }
        if (std::find(found.begin(), found.end(), text->get()) != found.end()) {
            return Problem{common::tr_format("expected each exercise at most once, got {} twice",
                                             describe(element)),
                           &element};
        }
        found.push_back(text->get());
    }
    out = std::move(found);
    return std::nullopt;
}

ReadResult read_working_hours(const toml::node& node, std::vector<core::TimeRange>& out) {
    const auto* array = node.as_array();
    if (array == nullptr)
        return expected(common::tr(R"(a list of working hours like [ "09:00-17:00" ])"), node);
    std::vector<std::pair<core::TimeRange, const toml::node*>> ranges;
    for (const toml::node& element : *array) {
        const auto* text = element.as_string();
        const auto range = text != nullptr ? parse_time_range(text->get()) : std::nullopt;
        if (!range) {
            return Problem{
                expected(common::tr(R"(hours "HH:MM-HH:MM" that start before they end)"), element)
                    .message,
                &element};
        }
        ranges.emplace_back(*range, &element);
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    for (std::size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i - 1].first.end > ranges[i].first.begin) {
            return Problem{
                common::tr_format("expected hours that do not overlap, got {0} and {1}",
                                  describe(*ranges[i - 1].second), describe(*ranges[i].second)),
                ranges[i].second};
        }
    }
    out.clear();
    for (const auto& [range, element] : ranges) out.push_back(range);
    return std::nullopt;
}

std::string bool_text(bool value) { return toml_text(toml::value<bool>{value}); }

std::string int_text(int value) { return toml_text(toml::value<std::int64_t>{value}); }

std::string string_text(std::string_view value) {
    return toml_text(toml::value<std::string>{std::string{value}});
}

std::string string_list_text(const std::vector<std::string>& values) {
    toml::array array;
    for (const std::string& value : values) array.push_back(value);
    return toml_text(array);
}

}  // namespace sitbreak::config::detail
