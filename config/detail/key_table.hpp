#pragma once
// Private to config/: the one table of config keys. Loading, saving, the shipped
// config.toml and keys() (for docs) all walk it, so a key added here is complete.
#include <span>
#include <string>
#include <string_view>

#include "config/detail/toml_values.hpp"
#include "config/keys.hpp"
#include "config/settings.hpp"

namespace sitbreak::config::detail {

struct KeyDescriptor {
    KeyInfo info;
    // Checks one value and stores it; the Problem's message is the "expected ..." sentence.
    ReadResult (*read)(const toml::node& value, Settings& into);
    // The value as TOML text.
    std::string (*write)(const Settings& from);

    [[nodiscard]] std::string_view section() const;  // "sitting"
    [[nodiscard]] std::string_view leaf() const;     // "limit"
};

// In file order, each section's keys together.
[[nodiscard]] std::span<const KeyDescriptor> key_table();
[[nodiscard]] const KeyDescriptor* find_key(std::string_view dotted_name);
[[nodiscard]] bool is_section(std::string_view name);

}  // namespace sitbreak::config::detail
