// Prints the KEYS section of sitbreak.toml(5) in scdoc syntax, from the same table that
// loads and saves config.toml (config/keys.hpp), so the man page cannot miss or misstate a key.
#include <iostream>
#include <string>
#include <string_view>

#include "config/keys.hpp"

namespace {

// scdoc reads * and _ as bold and underline, and \ as an escape.
std::string scdoc_escaped(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '\\' || c == '*' || c == '_') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string_view table_of(std::string_view key) { return key.substr(0, key.find('.')); }

}  // namespace

int main() {
    std::string_view table;
    for (const sitbreak::config::KeyInfo& key : sitbreak::config::keys()) {
        if (table_of(key.name) != table) {
            table = table_of(key.name);
            std::cout << "## [" << scdoc_escaped(table) << "]\n\n";
        }
        std::cout << '*' << scdoc_escaped(key.name) << "* = " << scdoc_escaped(key.default_text)
                  << "\n\t" << scdoc_escaped(key.help) << "\n\n";
    }
    return std::cout.good() ? 0 : 1;
}
