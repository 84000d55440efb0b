#pragma once
// Private to config/: reading and writing single TOML values, with the "expected ..., got
// ..." sentences users see. Every reader leaves `out` alone when it reports a problem.
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/rules.hpp"

namespace sitbreak::config::detail {

struct Problem {
    std::string message;
    const toml::node* at = nullptr;  // the array element at fault; nullptr: the value itself
};

using ReadResult = std::optional<Problem>;

// A value as TOML text, strings in double quotes: 10, "yes", [ "a", "b" ]. Tables are
// "a table": the inline form of a [section] would be misleading.
[[nodiscard]] std::string describe(const toml::node& node);

[[nodiscard]] ReadResult read_bool(const toml::node& node, bool& out);
[[nodiscard]] ReadResult read_int(const toml::node& node, int min, int max, int& out);
[[nodiscard]] ReadResult read_duration(const toml::node& node, core::Duration min,
                                       core::Duration max, core::Duration& out);
[[nodiscard]] ReadResult read_time_of_day(const toml::node& node, std::chrono::minutes& out);
// `index` is the position of the name in `names`.
[[nodiscard]] ReadResult read_name(const toml::node& node, std::span<const std::string_view> names,
                                   std::size_t& index);
// A list of distinct names from `names`, in the file's order.
[[nodiscard]] ReadResult read_name_list(const toml::node& node,
                                        std::span<const std::string_view> names, bool allow_empty,
                                        std::vector<std::size_t>& indices);
// A non-empty list of distinct exercise ids (a-z, 0-9 and _, starting with a letter, at
// most 32 characters), in the file's order.
[[nodiscard]] ReadResult read_id_list(const toml::node& node, std::vector<std::string>& out);
// "HH:MM-HH:MM" ranges that do not overlap; returned sorted.
[[nodiscard]] ReadResult read_working_hours(const toml::node& node,
                                            std::vector<core::TimeRange>& out);

template <typename Enum>
[[nodiscard]] ReadResult read_enum(const toml::node& node, std::span<const std::string_view> names,
                                   Enum& out) {
    std::size_t index = 0;
    if (auto problem = read_name(node, names, index)) return problem;
    out = static_cast<Enum>(index);
    return std::nullopt;
}

// Values as TOML text, made by toml++ so that escaping is its business.
[[nodiscard]] std::string bool_text(bool value);
[[nodiscard]] std::string int_text(int value);
[[nodiscard]] std::string string_text(std::string_view value);
[[nodiscard]] std::string string_list_text(const std::vector<std::string>& values);

}  // namespace sitbreak::config::detail
