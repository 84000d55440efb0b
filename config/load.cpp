#include "config/load.hpp"

#include <algorithm>

#include "common/i18n.hpp"
#include "common/printable.hpp"
#include "config/detail/bounds.hpp"
#include "config/detail/file_text.hpp"
#include "config/detail/key_table.hpp"
#include "config/detail/suggest.hpp"

namespace sitbreak::config {

namespace {

using detail::describe;

int line_of(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

// A file of thousands of mistakes is reported by its first few and a count.
std::vector<ConfigError> capped(std::vector<ConfigError> errors) {
    if (errors.size() <= kMaxErrorsReported) return errors;
    const std::size_t more = errors.size() - kMaxErrorsReported;
    std::string file = errors.front().file;
    errors.resize(kMaxErrorsReported);
    errors.push_back(ConfigError{
        std::move(file), 0, "",
        common::tr_n_format("{} more error not shown", "{} more errors not shown", more, more)});
    return errors;
}

class Checker {
public:
    Checker(std::string file, const OfferableExercises& offerable)
        : file_{std::move(file)}, offerable_{offerable} {}

    // Settings come back as the defaults when anything is wrong (see LoadResult).
    LoadResult check(const toml::table& root) {
        for (const auto& [key, node] : root) {
            const std::string name{key.str()};
            if (!detail::is_section(name)) {
                unknown_root_entry(name, key.source(), node);
            } else if (const toml::table* section = node.as_table()) {
                check_section(name, *section);
            } else {
                add(line_of(key.source()), name,
                    common::tr_format("expected a table of settings, got {}", describe(node)));
            }
        }
        // toml++ keeps keys sorted by name; people read errors top to bottom.
        std::stable_sort(errors_.begin(), errors_.end(),
                         [](const auto& a, const auto& b) { return a.line < b.line; });
        if (!errors_.empty()) return LoadResult{Settings{}, capped(std::move(errors_))};
        return LoadResult{std::move(settings_), {}};
    }

private:
    void check_section(const std::string& section_name, const toml::table& section) {
        for (const auto& [key, node] : section) {
            const std::string name = section_name + "." + std::string{key.str()};
            const detail::KeyDescriptor* descriptor = detail::find_key(name);
            if (descriptor == nullptr) {
                unknown(key.source(), name, node.is_table(), detail::suggest_key(name));
            } else if (auto problem = descriptor->read(node, settings_)) {
                const toml::node& at = problem->at != nullptr ? *problem->at : node;
                add(line_of(at.source()), name, std::move(problem->message));
            } else if (name == "prompt.exercises") {
                check_offerable(name, node);
            }
        }
    }

    void check_offerable(const std::string& name, const toml::node& list) {
        if (offerable_.empty()) return;
        for (const toml::node& element : *list.as_array()) {
            const std::string id = element.as_string()->get();
            if (std::find(offerable_.begin(), offerable_.end(), id) != offerable_.end()) continue;
            const auto near = detail::suggest_name(id, offerable_);
            std::string message =
                near ? common::tr_format(
                           "\"{0}\" is not an exercise a prompt can offer; did you mean \"{1}\"?",
                           id, *near)
                     : common::tr_format(
                           "\"{}\" is not an exercise a prompt can offer "
                           "(`sitbreak exercises` lists them)",
                           id);
            add(line_of(element.source()), name, std::move(message));
        }
    }

    void unknown_root_entry(const std::string& name, const toml::source_region& where,
                            const toml::node& node) {
        if (node.is_table()) {
            unknown(where, name, true, detail::suggest_section(name));
        } else {
            unknown(where, name, false, detail::suggest_key(name));
        }
    }

    void unknown(const toml::source_region& where, const std::string& name, bool table,
                 const std::optional<std::string>& suggestion) {
        using common::tr_format;
        std::string message =
            suggestion ? (table ? tr_format("unknown table; did you mean {}?", *suggestion)
                                : tr_format("unknown key; did you mean {}?", *suggestion))
                       : (table ? common::tr("unknown table") : common::tr("unknown key"));
        add(line_of(where), name, std::move(message));
    }

    void add(int line, std::string key, std::string message) {
        errors_.push_back(ConfigError{file_, line, std::move(key), std::move(message)});
    }

    std::string file_;
    const OfferableExercises& offerable_;
    Settings settings_;
    std::vector<ConfigError> errors_;
};

LoadResult failed(ConfigError error) {
    LoadResult result;
    result.errors.push_back(std::move(error));
    return result;
}

}  // namespace

std::string ConfigError::to_string() const {
    // Every part may hold bytes from the file or its name: one line, nothing a terminal acts on.
    std::string text = common::printable(file);
    if (line > 0) text += ":" + std::to_string(line);
    text += ": ";
    if (!key.empty()) text += common::printable(key, kMaxKeyShown) + ": ";
    return text + common::printable(message);
}

LoadResult load_string(std::string_view text, std::string file_name,
                       const OfferableExercises& offerable) {
    if (const auto out_of_bounds = detail::check_bounds(text)) {
        return failed({file_name, out_of_bounds->line, "", out_of_bounds->message});
    }
    toml::table root;
    try {
        root = toml::parse(text, std::string_view{file_name});
    } catch (const toml::parse_error& error) {
        return failed({file_name, line_of(error.source()), "", std::string{error.description()}});
    }
    return Checker{std::move(file_name), offerable}.check(root);
}

LoadResult load_file(const std::filesystem::path& path, const OfferableExercises& offerable) {
    std::string name = path.string();
    auto read = detail::read_file_text(path);
    if (std::holds_alternative<detail::Missing>(read)) return {};
    if (const auto* unreadable = std::get_if<detail::Unreadable>(&read)) {
        return failed({std::move(name), 0, "", unreadable->message});
    }
    return load_string(std::get<std::string>(read), std::move(name), offerable);
}

}  // namespace sitbreak::config
