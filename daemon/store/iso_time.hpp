#pragma once
// Text forms of times and dates used in the database and in exports.
#include <optional>
#include <string>
#include <string_view>

#include "common/date_text.hpp"
#include "core/time.hpp"

namespace sitbreak::store {

// ISO-8601 local time with its offset, e.g. "2026-11-24T09:15:00+01:00".
[[nodiscard]] std::string iso_local(core::TimePoint t, core::Duration utc_offset);

// "2026-11-24": the rest_days key and the export's date form.
inline std::string date_text(core::Date date) { return common::format_date(date); }
using common::parse_date;

// Compact UTC stamp for file names, e.g. "20261124T223000Z".
[[nodiscard]] std::string utc_stamp(core::TimePoint t);

}  // namespace sitbreak::store
