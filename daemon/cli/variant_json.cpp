#include "cli/variant_json.hpp"

#include <cstdint>

namespace sitbreak::cli {

nlohmann::json variant_json(const sdbus::Variant& value) {
    if (value.isEmpty()) return nullptr;
    const std::string type = value.peekValueType();
    if (type == "s") return value.get<std::string>();
    if (type == "o") return std::string{value.get<sdbus::ObjectPath>()};
    if (type == "g") return std::string{value.get<sdbus::Signature>()};
    if (type == "b") return value.get<bool>();
    if (type == "y") return value.get<std::uint8_t>();
    if (type == "q") return value.get<std::uint16_t>();
    if (type == "u") return value.get<std::uint32_t>();
    if (type == "t") return value.get<std::uint64_t>();
    if (type == "n") return value.get<std::int16_t>();
    if (type == "i") return value.get<std::int32_t>();
    if (type == "x") return value.get<std::int64_t>();
    if (type == "d") return value.get<double>();
    if (type == "as") return value.get<std::vector<std::string>>();
    return nullptr;
}

nlohmann::json dict_json(const std::map<std::string, sdbus::Variant>& dict) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [key, value] : dict) object[key] = variant_json(value);
    return object;
}

}  // namespace sitbreak::cli
