// catalogue_strings CATALOGUE: the exercise catalogue's words as a PO template, for the
// message catalogue (po/CMakeLists.txt merges it into po/sitbreak.pot). Each string carries
// the file's line and a note for the translator saying where it is shown.
#include <toml++/toml.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Where each field is shown, for the translator (a #. comment).
const std::map<std::string_view, std::string_view> kNotes{
    {"name", "An exercise's name (a heading)."},
    {"routine", "An activation session's routine, by name."},
    {"prompt", "An exercise in the hourly prompt's sentence: \"Time to move: ...\"."},
    {"label", "A notification button that counts the exercise: keep it short."},
    {"start", "The popup's button that guides one set: keep it short."},
    {"steps", "One step of an exercise, a short sentence."},
    {"feel", "Where the exercise should be felt."},
    {"without", "What to do in a session without the exercise's equipment."},
};

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

// A string used in several places is one message with all of their notes and lines.
struct Message {
    std::string text;
    std::vector<std::string_view> notes;
    std::vector<std::string> places;
};
std::vector<Message> messages;

void entry(std::string_view file, std::string_view field, const toml::node& node) {
    const auto* text = node.as_string();
    if (text == nullptr) return;
    auto it = std::find_if(messages.begin(), messages.end(),
                           [&](const Message& m) { return m.text == text->get(); });
    if (it == messages.end()) it = messages.insert(messages.end(), Message{text->get(), {}, {}});
    const std::string_view note = kNotes.at(field);
    if (std::find(it->notes.begin(), it->notes.end(), note) == it->notes.end()) {
        it->notes.push_back(note);
    }
    it->places.push_back(std::string{file} + ":" + std::to_string(node.source().begin.line));
}

void print(const Message& message) {
    for (const std::string_view note : message.notes) std::cout << "#. " << note << '\n';
    std::cout << "#:";
    for (const std::string& place : message.places) std::cout << ' ' << place;
    std::cout << "\nmsgid " << quoted(message.text) << "\nmsgstr \"\"\n\n";
}

void fields(std::string_view file, const toml::table& table) {
    for (const auto& [key, node] : table) {
        if (!kNotes.contains(key.str())) continue;
        if (const auto* list = node.as_array()) {
            for (const toml::node& item : *list) entry(file, key.str(), item);
        } else {
            entry(file, key.str(), node);
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: catalogue_strings CATALOGUE NAME_IN_REFERENCES\n";
        return 2;
    }
    try {
        const toml::table catalogue = toml::parse_file(argv[1]);
        const std::string_view file = argv[2];
        for (const auto& [id, node] : catalogue) {
            const auto* table = node.as_table();
            if (table == nullptr) continue;
            if (id.str() != "routines") {
                fields(file, *table);
                continue;
            }
            for (const auto& [routine, body] : *table) {
                const auto* routine_table = body.as_table();
                if (routine_table == nullptr) continue;
                if (const auto* name = routine_table->get("name")) {
                    entry(file, "routine", *name);
                }
                if (const auto* items = routine_table->get_as<toml::array>("items")) {
                    for (const toml::node& item : *items) {
                        if (const auto* item_table = item.as_table()) fields(file, *item_table);
                    }
                }
            }
        }
        for (const Message& message : messages) print(message);
    } catch (const toml::parse_error& error) {
        std::cerr << argv[1] << ": " << error.description() << '\n';
        return 1;
    }
    return 0;
}
