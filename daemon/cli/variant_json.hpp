#pragma once
// D-Bus dictionaries (a{sv}) as JSON, the one representation the formatters work on.
// Needs no bus: a Variant is a plain message.
#include <sdbus-c++/Types.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sitbreak::cli {

// s o g -> string, b -> bool, y q u t -> unsigned, n i x -> signed, d -> double,
// as -> array of strings. Any other type becomes null: the contract does not use it.
[[nodiscard]] nlohmann::json variant_json(const sdbus::Variant& value);
[[nodiscard]] nlohmann::json dict_json(const std::map<std::string, sdbus::Variant>& dict);

}  // namespace sitbreak::cli
