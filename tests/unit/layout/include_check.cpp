#include "include_check.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <string_view>
#include <system_error>

namespace sitbreak::layout {
namespace {

namespace fs = std::filesystem;

// A room: the folder its files live in (relative to the project root) and the rooms it may
// include besides itself.
struct Room {
    std::string_view name;
    std::string_view folder;
    std::string_view may_include;
};

// DESIGN §2: dependencies point one way: service → store, platform → core, config;
// cli, tray → client, config; the CLI and the tray never include core's rules, platform or
// store. The one table of arrows; a room always includes itself.
// The columns are the point: keep them aligned.
// clang-format off
constexpr std::array<Room, 9> kRooms{{
    // room       folder              may include (besides itself)
    {"common",   "daemon/common/",   ""},
    {"core",     "daemon/core/",     "common"},
    {"config",   "config/",          "core common"},
    {"store",    "daemon/store/",    "core common config"},
    {"platform", "daemon/platform/", "core common config client"},
    {"service",  "daemon/service/",  "core common config store platform client"},
    {"client",   "daemon/client/",   "common"},
    {"cli",      "daemon/cli/",      "client config common"},
    {"tray",     "tray/",            "client config common"},
}};
// clang-format on

// The folders scanned; everything else under the root (tests/, packaging/, build dirs) is not.
constexpr std::array<std::string_view, 3> kScanned{"daemon", "config", "tray"};

// The room whose folder holds `relative` (a root-relative path with '/'), if any.
const Room* room_of(std::string_view relative) {
    for (const Room& room : kRooms) {
        if (relative.starts_with(room.folder)) return &room;
    }
    return nullptr;
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto start = text.find_first_not_of(' ');
        if (start == std::string_view::npos) break;
        text.remove_prefix(start);
        const auto end = std::min(text.find(' '), text.size());
        out.push_back(text.substr(0, end));
        text.remove_prefix(end);
    }
    return out;
}

bool allows(const Room& from, const Room& to) {
    if (from.name == to.name) return true;
    const auto allowed = words(from.may_include);
    return std::find(allowed.begin(), allowed.end(), to.name) != allowed.end();
}

// "tray may include only client, config, common, tray"
std::string rule_text(const Room& room) {
    std::string text = std::string{room.name} + " may include only ";
    for (const std::string_view name : words(room.may_include)) text += std::string{name} + ", ";
    return text + std::string{room.name};
}

// The root-relative path an include names by its room prefix, as the code base writes it:
// "core/rules.hpp" is daemon/core/rules.hpp, "config/settings.hpp" is config/settings.hpp.
std::optional<std::string> by_prefix(std::string_view include) {
    const auto slash = include.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::string_view first = include.substr(0, slash);
    if (first == "config" || first == "tray") return std::string{include};
    std::string under_daemon = "daemon/" + std::string{include};
    if (room_of(under_daemon) == nullptr) return std::nullopt;
    return under_daemon;
}

// The room an include in `file` (root-relative) points into: first the file next to it,
// then the room prefix (judged even when the file is missing, so a typo hides nothing).
// Anything else (generated headers such as sitbreak1_proxy.h) is no room.
const Room* target_room(const fs::path& root, const fs::path& file, std::string_view include) {
    const fs::path beside = (file.parent_path() / fs::path{include}).lexically_normal();
    std::error_code error;
    if (fs::is_regular_file(root / beside, error)) return room_of(beside.generic_string());
    const auto prefixed = by_prefix(include);
    return prefixed ? room_of(*prefixed) : nullptr;
}

// The quoted name of `#include "x"` (any spacing around '#' and 'include'), or nothing.
// A line that starts with `//` is a comment and has none; block comments are not tracked,
// so an `#include "..."` line inside a /* ... */ block would still be read.
std::optional<std::string> quoted_include(std::string_view line) {
    auto skip_blanks = [&line] {
        const auto start = line.find_first_not_of(" \t");
        line.remove_prefix(start == std::string_view::npos ? line.size() : start);
    };
    skip_blanks();
    if (!line.starts_with('#')) return std::nullopt;
    line.remove_prefix(1);
    skip_blanks();
    if (!line.starts_with("include")) return std::nullopt;
    line.remove_prefix(std::string_view{"include"}.size());
    skip_blanks();
    if (!line.starts_with('"')) return std::nullopt;
    line.remove_prefix(1);
    const auto end = line.find('"');
    if (end == std::string_view::npos) return std::nullopt;
    return std::string{line.substr(0, end)};
}

bool is_source(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".cpp" || ext == ".hpp" || ext == ".h" || ext == ".c";
}

// The root-relative sources of the scanned folders, sorted so reports are stable.
std::vector<fs::path> sources(const fs::path& root) {
    std::vector<fs::path> out;
    for (const std::string_view folder : kScanned) {
        const fs::path top = root / folder;
        std::error_code error;
        if (!fs::is_directory(top, error)) continue;
        for (const auto& entry : fs::recursive_directory_iterator{top}) {
            if (entry.is_regular_file() && is_source(entry.path())) {
                out.push_back(entry.path().lexically_relative(root));
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void check_file(const fs::path& root, const fs::path& file, std::vector<Violation>& out) {
    const Room* from = room_of(file.generic_string());
    if (from == nullptr) return;
    std::ifstream in{root / file};
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        const auto include = quoted_include(line);
        if (!include) continue;
        const Room* to = target_room(root, file, *include);
        if (to == nullptr || allows(*from, *to)) continue;
        out.push_back({file.generic_string(), number, *include, rule_text(*from)});
    }
}

}  // namespace

std::vector<Violation> check_includes(const std::filesystem::path& root) {
    std::vector<Violation> out;
    for (const fs::path& file : sources(root)) check_file(root, file, out);
    return out;
}

std::string describe(const Violation& violation) {
    return violation.file + ":" + std::to_string(violation.line) + ": includes \"" +
           violation.include + "\": " + violation.message;
}

}  // namespace sitbreak::layout
