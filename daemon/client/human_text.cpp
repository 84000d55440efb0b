#include "client/human_text.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>

#include "common/calendar_words.hpp"
#include "common/date_text.hpp"
#include "common/i18n.hpp"

namespace sitbreak::client {

std::string clock_text(common::TimePoint moment, common::TimePoint now, const common::Zone& zone) {
    const common::LocalTime local = common::to_local(moment, zone);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const auto today = std::chrono::floor<std::chrono::days>(common::to_local(now, zone));
    const std::string clock =
        common::clock_time(std::chrono::floor<std::chrono::minutes>(local - day));
    if (day == today) return clock;
    if (day == today + std::chrono::days{1}) return common::tr_format("tomorrow {}", clock);
    return common::format_date(day) + " " + clock;
}

std::string duration_words(common::Duration length) {
    using namespace std::chrono;
    const auto total = std::max<std::int64_t>(length.count(), 0);
    const auto h = static_cast<unsigned long>(total / 3600);
    const auto m = static_cast<unsigned long>(total % 3600 / 60);
    const auto s = static_cast<unsigned long>(total % 60);
    std::string words;
    const auto add = [&words](const std::string& part) {
        words = words.empty() ? part : common::tr_format("{} {}", words, part);
    };
    if (h > 0) add(common::tr_n_format("{} hour", "{} hours", h, h));
    if (m > 0) add(common::tr_n_format("{} minute", "{} minutes", m, m));
    if (s > 0 || words.empty()) add(common::tr_n_format("{} second", "{} seconds", s, s));
    return words;
}

std::string days_text(std::int64_t count) {
    const auto n = static_cast<unsigned long>(std::max<std::int64_t>(count, 0));
    return common::tr_n_format("{} day", "{} days", n, n);
}

std::string weeks_text(std::int64_t count) {
    const auto n = static_cast<unsigned long>(std::max<std::int64_t>(count, 0));
    return common::tr_n_format("{} week", "{} weeks", n, n);
}

std::string dose_text(const common::Dose& dose) {
    const auto n = static_cast<unsigned long>(dose.amount);
    std::string text;
    switch (dose.unit) {
    case common::Dose::Unit::reps: text = common::tr_n_format("{} rep", "{} reps", n, n); break;
    case common::Dose::Unit::seconds: text = common::tr_format("{} s", n); break;
    case common::Dose::Unit::paces: text = common::tr_n_format("{} pace", "{} paces", n, n); break;
    }
    return dose.per_side ? common::tr_format("{} per side", text) : text;
}

}  // namespace sitbreak::client
