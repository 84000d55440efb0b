#include "config/detail/suggest.hpp"

#include <algorithm>
#include <vector>

#include "common/i18n.hpp"
#include "config/detail/key_table.hpp"

namespace sitbreak::config::detail {

namespace {

// Levenshtein distance, one row at a time.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t replace = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, replace});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Short words get fewer edits, or every three-letter typo would "mean" some key.
std::size_t allowed_edits(std::string_view word) {
    if (word.size() <= 4) return 1;
    return word.size() <= 8 ? 2 : 3;
}

template <typename Candidates>
std::optional<std::string> closest(std::string_view word, const Candidates& candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = allowed_edits(word) + 1;
    for (const std::string_view candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best = std::string{candidate};
            best_distance = distance;
        }
    }
    return best;
}

std::string_view last_part(std::string_view dotted_name) {
    const auto dot = dotted_name.rfind('.');
    return dot == std::string_view::npos ? dotted_name : dotted_name.substr(dot + 1);
}

}  // namespace

std::optional<std::string> suggest_key(std::string_view dotted_name) {
    std::vector<std::string_view> names;
    std::vector<std::string_view> leaves;
    for (const KeyDescriptor& key : key_table()) {
        names.push_back(key.info.name);
        leaves.push_back(key.leaf());
    }
    if (auto match = closest(dotted_name, names)) return match;
    const auto leaf = closest(last_part(dotted_name), leaves);
    if (!leaf) return std::nullopt;
    const auto owner = std::find(leaves.begin(), leaves.end(), *leaf) - leaves.begin();
    return std::string{names[static_cast<std::size_t>(owner)]};
}

std::optional<std::string> suggest_name(std::string_view word,
                                        std::span<const std::string> candidates) {
    std::vector<std::string_view> views(candidates.begin(), candidates.end());
    return closest(word, views);
}

std::string unknown_field(std::string_view name, std::span<const std::string> known) {
    if (const auto near = suggest_name(name, known)) {
        return common::tr_format("unknown field; did you mean {}?", *near);
    }
    return common::tr("unknown field");
}

std::optional<std::string> suggest_section(std::string_view name) {
    std::vector<std::string_view> sections;
    for (const KeyDescriptor& key : key_table()) {
        if (std::find(sections.begin(), sections.end(), key.section()) == sections.end()) {
            sections.push_back(key.section());
        }
    }
    return closest(name, sections);
}

}  // namespace sitbreak::config::detail
