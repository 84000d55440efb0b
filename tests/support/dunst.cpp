#include "dunst.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>
#include <tuple>

namespace sitbreak::test {
namespace {

// Stands in for dmenu. dunst writes its context menu to stdin, one entry a line, as
// "#Label (summary) [id,key]" (the last line without a newline) and takes the chosen line
// from stdout. The files are renamed last, so `menu` existing means `chosen` is complete.
constexpr std::string_view choose_script = R"sh(#!/bin/sh
here=$(dirname "$0")
cat > "$here/menu.part"
awk -v want="$(cat "$here/want")" -v id="$(cat "$here/want_id")" '
{
    tail = "," want "]"
    by_key = length($0) >= length(tail) && substr($0, length($0) - length(tail) + 1) == tail
    by_label = index($0, "#" want " (") == 1
    if ((by_key || by_label) && (id == "" || index($0, "[" id ",") > 0)) { print; exit }
}' "$here/menu.part" > "$here/chosen.part"
cat "$here/chosen.part"
mv "$here/chosen.part" "$here/chosen"
mv "$here/menu.part" "$here/menu"
)sh";

// Nothing expires on its own (a slow test run must not lose its notification) and dunst's
// own idle detection is off.
std::string dunstrc(const std::filesystem::path& script) {
    return "[global]\n"
           "    dmenu = " +
           script.string() +
           "\n"
           "    browser = /bin/true\n"
           "    history_length = 100\n"
           "    idle_threshold = 0\n"
           "[urgency_low]\n    timeout = 0\n"
           "[urgency_normal]\n    timeout = 0\n"
           "[urgency_critical]\n    timeout = 0\n";
}

std::string unquote(std::string value) {
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
        return value.substr(1, value.size() - 2);
    }
    return value;
}

void set_field(Notification& notification, const std::string& key, const std::string& value) {
    if (key == "id") notification.id = static_cast<std::uint32_t>(std::stoul(value));
    if (key == "appname") notification.app_name = unquote(value);
    if (key == "summary") notification.summary = unquote(value);
    // The line after it ("raw_icon set: false") has no key of one word: cut it off.
    if (key == "icon") notification.icon = unquote(value.substr(0, value.find('\n')));
    if (key == "body") notification.body = unquote(value);
}

// "\tkey: value" → {key, value}. (No std::regex: GCC 12 warns inside it under ASan.)
std::optional<std::pair<std::string, std::string>> parse_field(const std::string& line) {
    if (line.size() < 2 || line[0] != '\t' || line[1] == '\t') return std::nullopt;
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon < 2) return std::nullopt;
    const std::string key = line.substr(1, colon - 1);
    const bool word = std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
    if (!word) return std::nullopt;
    std::string value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.erase(0, 1);
    return std::pair{key, value};
}

// "\t\t\"key\": \"label\"" → {key, label}.
std::optional<std::pair<std::string, std::string>> parse_action(const std::string& line) {
    const std::string_view separator = "\": \"";
    const auto middle = line.find(separator);
    if (line.rfind("\t\t\"", 0) != 0 || middle == std::string::npos || line.back() != '"') {
        return std::nullopt;
    }
    const auto label_start = middle + separator.size();
    return std::pair{line.substr(3, middle - 3),
                     line.substr(label_start, line.size() - 1 - label_start)};
}

// The "id" values in `dunstctl history` JSON: "id" : { "type" : "i", "data" : 7 }.
std::set<std::uint32_t> history_ids(const std::string& json) {
    std::set<std::uint32_t> ids;
    for (auto at = json.find("\"id\""); at != std::string::npos; at = json.find("\"id\"", at + 1)) {
        const auto data = json.find("\"data\"", at);
        const auto digits =
            data == std::string::npos ? data : json.find_first_of("0123456789", data);
        if (digits != std::string::npos)
            ids.insert(static_cast<std::uint32_t>(std::stoul(json.substr(digits))));
    }
    return ids;
}

}  // namespace

std::vector<Notification> parse_dunst_print(std::string_view text) {
    std::map<std::uint32_t, Notification> latest;
    Notification current;
    std::string key;
    std::string value;
    bool in_actions = false;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const std::string line{text.substr(start, end - start)};
        start = end + 1;
        if (line == "{") {
            current = {};
            key.clear();
        } else if (line == "}") {
            set_field(current, key, value);
            latest[current.id] = current;
        } else if (in_actions) {
            if (line == "\t}") in_actions = false;
            if (const auto action = parse_action(line))
                current.actions[action->first] = action->second;
        } else if (const auto field = parse_field(line)) {
            set_field(current, key, value);
            std::tie(key, value) = *field;
            in_actions = key == "actions";
        } else {
            value += "\n" + line;  // a quoted value that spans lines
        }
    }
    std::vector<Notification> result;
    for (auto& [id, notification] : latest) result.push_back(std::move(notification));
    return result;
}

Dunst::Dunst(const std::string& display, const std::string& bus_address)
    : env_{{"DISPLAY", display}, {"DBUS_SESSION_BUS_ADDRESS", bus_address}} {
    const auto script = dir_ / "choose.sh";
    write_file(script, choose_script, std::filesystem::perms::owner_all);
    write_file(dir_ / "dunstrc", dunstrc(script));
    ProcessOptions options;
    options.env = env_;
    dunst_ = std::make_unique<Process>(
        std::vector<std::string>{"dunst", "-config", (dir_ / "dunstrc").string(), "-print"},
        std::move(options));
    const auto ready =
        wait_until([this] { return displayed_count() >= 0 || !dunst_->running(); },
                   milliseconds{10000}, "dunst to own org.freedesktop.Notifications");
    if (!ready || !dunst_->running())
        throw std::runtime_error{"dunst did not start: " + dunst_->err()};
}

Dunst::~Dunst() { dunst_.reset(); }

testing::AssertionResult Dunst::choose_action(std::string_view action,
                                              std::optional<std::uint32_t> id) {
    std::filesystem::remove(dir_ / "menu");
    std::filesystem::remove(dir_ / "chosen");
    write_file(dir_ / "want", action);
    write_file(dir_ / "want_id", id ? std::to_string(*id) : "");
    // dunst refuses a menu while the previous one is still being dispatched, and says so
    // only on its own stderr, at its own pace: ask again until a menu opens.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{10};
    for (;;) {
        const auto call = dunstctl({"context"});
        if (call.exit_code != 0) {
            return testing::AssertionFailure() << "dunstctl context: " << call.err;
        }
        if (wait_until([this] { return std::filesystem::exists(dir_ / "menu"); },
                       milliseconds{1000}, "a menu")) {
            break;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            return testing::AssertionFailure() << "dunst opened no context menu (nothing shown?)";
        }
    }
    if (read_file(dir_ / "chosen").empty()) {
        return testing::AssertionFailure() << "no entry '" << action << "' in dunst's menu:\n"
                                           << last_menu();
    }
    return testing::AssertionSuccess();
}

std::string Dunst::last_menu() const { return read_file(dir_ / "menu"); }

std::vector<Notification> Dunst::received() const { return parse_dunst_print(dunst_->out()); }

std::vector<Notification> Dunst::shown() const {
    const auto closed = history_ids(dunstctl({"history"}).out);
    auto result = received();
    std::erase_if(result, [&closed](const Notification& n) { return closed.contains(n.id); });
    return result;
}

int Dunst::displayed_count() const {
    const auto count = dunstctl({"count", "displayed"});
    if (count.exit_code != 0) return -1;
    try {
        return std::stoi(count.out);
    } catch (const std::exception&) {
        return -1;
    }
}

RunResult Dunst::dunstctl(std::vector<std::string> args) const {
    args.insert(args.begin(), "dunstctl");
    return run(std::move(args), env_);
}

}  // namespace sitbreak::test
