#include "tray/stats_request.hpp"

#include <sdbus-c++/Types.h>

#include "common/date_text.hpp"

namespace sitbreak::tray {

namespace {

using Dict = std::map<std::string, sdbus::Variant>;

}  // namespace

std::optional<std::pair<std::string, std::string>> stats_range(const std::string& today) {
    const auto date = common::parse_date(today);
    if (!date) return std::nullopt;
    return std::pair{common::format_date(*date - std::chrono::days{370}), common::format_date(*date)};
}

DayRecord day_record(const Dict& day) { return client::from_dictionary(day); }

}  // namespace sitbreak::tray
