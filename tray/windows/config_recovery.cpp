#include "tray/windows/config_recovery.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

namespace sitbreak::tray {

namespace {

// More rounds than a hand-edited file has broken lines; each round removes at least one.
constexpr int max_rounds = 64;

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream{text};
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

bool knows(const std::vector<config::ConfigError>& errors, const config::ConfigError& error) {
    return std::find(errors.begin(), errors.end(), error) != errors.end();
}

}  // namespace

EditableConfig load_for_editing(const std::filesystem::path& path) {
    config::LoadResult first = config::load_file(path);
    EditableConfig result{first.settings, first.errors};
    if (first.ok()) return result;
    const bool about_whole_file = std::any_of(first.errors.begin(), first.errors.end(),
                                              [](const auto& e) { return e.line <= 0; });
    std::ifstream file{path, std::ios::binary};
    if (about_whole_file || !file) return result;
    std::vector<std::string> lines =
        split_lines({std::istreambuf_iterator<char>{file}, std::istreambuf_iterator<char>{}});
    // Comment out the lines at fault and read again: a syntax error hides the errors after
    // it, and a key's error may hide nothing else. Line numbers stay those of the file.
    std::vector<config::ConfigError> found = first.errors;
    for (int round = 0; round < max_rounds; ++round) {
        std::set<int> bad_lines;
        for (const auto& error : found) bad_lines.insert(error.line);
        for (const int line : bad_lines) {
            if (line > 0 && static_cast<std::size_t>(line) <= lines.size()) {
                std::string& text = lines[static_cast<std::size_t>(line) - 1];
                if (text.rfind("#", 0) != 0) text = "# " + text;
            }
        }
        const config::LoadResult again = config::load_string(join_lines(lines), path.string());
        if (again.ok()) {
            result.settings = again.settings;
            break;
        }
        const std::size_t known = found.size();
        for (const auto& error : again.errors) {
            if (!knows(found, error)) found.push_back(error);
        }
        if (found.size() == known) break;  // no progress: keep the defaults
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    result.errors = std::move(found);
    return result;
}

}  // namespace sitbreak::tray
