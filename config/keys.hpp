#pragma once
// The documented keys of config.toml, in file order: for help output and the man page.
// The same table drives loading and saving, so this list cannot miss a key.
#include <span>
#include <string_view>

namespace sitbreak::config {

struct KeyInfo {
    std::string_view name;          // dotted: "sitting.limit"
    std::string_view help;          // one line
    std::string_view default_text;  // as TOML: "\"60m\"", "true", "[ \"dnd\", \"fullscreen\" ]"
};

[[nodiscard]] std::span<const KeyInfo> keys();

}  // namespace sitbreak::config
