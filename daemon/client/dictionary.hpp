#pragma once
// An a{sv} as the bus carries it, and reading one key of it: what the daemon's
// dictionaries (GetExercises, GetRoutines, GetWeek) have in common on the clients' side.
#include <sdbus-c++/Types.h>

#include <map>
#include <string>

namespace sitbreak::client {

using Dictionary = std::map<std::string, sdbus::Variant>;

// `out` keeps its value when the key is missing or holds another type.
template <typename T>
void read(const Dictionary& entry, const char* key, T& out) {
    const auto it = entry.find(key);
    if (it != entry.end() && it->second.containsValueOfType<T>()) out = it->second.get<T>();
}

}  // namespace sitbreak::client
