#include "config/load.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <system_error>

#include "config/detail/key_table.hpp"
#include "config/detail/suggest.hpp"

namespace sitbreak::config {

namespace {

using detail::describe;

int line_of(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

class Checker {
public:
    explicit Checker(std::string file) : file_{std::move(file)} {}

    // Settings come back as the defaults when anything is wrong (see LoadResult).
    LoadResult check(const toml::table& root) {
        for (const auto& [key, node] : root) {
            const std::string name{key.str()};
            if (!detail::is_section(name)) {
                unknown_root_entry(name, key.source(), node);
            } else if (const toml::table* section = node.as_table()) {
                check_section(name, *section);
            } else {
                add(line_of(key.source()), name, "expected a table of settings, got " +
                                                     describe(node));
            }
        }
        // toml++ keeps keys sorted by name; people read errors top to bottom.
        std::stable_sort(errors_.begin(), errors_.end(),
                         [](const auto& a, const auto& b) { return a.line < b.line; });
        if (!errors_.empty()) return LoadResult{Settings{}, std::move(errors_)};
        return LoadResult{std::move(settings_), {}};
    }

private:
    void check_section(const std::string& section_name, const toml::table& section) {
        for (const auto& [key, node] : section) {
            const std::string name = section_name + "." + std::string{key.str()};
            const detail::KeyDescriptor* descriptor = detail::find_key(name);
            if (descriptor == nullptr) {
                unknown(key.source(), name, node.is_table() ? "table" : "key",
                        detail::suggest_key(name));
            } else if (auto problem = descriptor->read(node, settings_)) {
                const toml::node& at = problem->at != nullptr ? *problem->at : node;
                add(line_of(at.source()), name, std::move(problem->message));
            }
        }
    }

    void unknown_root_entry(const std::string& name, const toml::source_region& where,
                            const toml::node& node) {
        if (node.is_table()) {
            unknown(where, name, "table", detail::suggest_section(name));
        } else {
            unknown(where, name, "key", detail::suggest_key(name));
        }
    }

    void unknown(const toml::source_region& where, const std::string& name, std::string_view what,
                 const std::optional<std::string>& suggestion) {
        std::string message = "unknown " + std::string{what};
        if (suggestion) message += "; did you mean " + *suggestion + "?";
        add(line_of(where), name, std::move(message));
    }

    void add(int line, std::string key, std::string message) {
        errors_.push_back(ConfigError{file_, line, std::move(key), std::move(message)});
    }

    std::string file_;
    Settings settings_;
    std::vector<ConfigError> errors_;
};

LoadResult failed(ConfigError error) {
    LoadResult result;
    result.errors.push_back(std::move(error));
    return result;
}

std::string unreadable(int error_number) {
    return "cannot be read: " + std::error_code{error_number, std::generic_category()}.message();
}

}  // namespace

std::string ConfigError::to_string() const {
    std::string text = file;
    if (line > 0) text += ":" + std::to_string(line);
    text += ": ";
    if (!key.empty()) text += key + ": ";
    return text + message;
}

LoadResult load_string(std::string_view text, std::string file_name) {
    toml::table root;
    try {
        root = toml::parse(text, std::string_view{file_name});
    } catch (const toml::parse_error& error) {
        return failed({file_name, line_of(error.source()), "", std::string{error.description()}});
    }
    return Checker{std::move(file_name)}.check(root);
}

LoadResult load_file(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found) return {};
    if (error) return failed({name, 0, "", "cannot be read: " + error.message()});
    if (std::filesystem::is_directory(status)) {
        return failed({name, 0, "", "is a directory, not a file"});
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file{std::fopen(name.c_str(), "rb"),
                                                               &std::fclose};
    if (!file) return failed({name, 0, "", unreadable(errno)});
    std::string text;
    char buffer[8192];
    while (const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get())) {
        text.append(buffer, got);
    }
    if (std::ferror(file.get())) {
        return failed({name, 0, "", unreadable(errno)});
    }
    return load_string(text, name);
}

}  // namespace sitbreak::config
