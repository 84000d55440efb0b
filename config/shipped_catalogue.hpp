#pragma once
// The shipped exercise catalogue (assets/exercises/catalogue.toml) as built in.
#include <string_view>

namespace sitbreak::config {

[[nodiscard]] std::string_view shipped_catalogue_text();

}  // namespace sitbreak::config
