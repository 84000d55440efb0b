#include "tray/windows/day_date.hpp"

#include "common/calendar_words.hpp"
#include "common/i18n.hpp"

namespace sitbreak::tray {

using namespace std::chrono;

int weekday_row(Date date, weekday first) {
    return static_cast<int>((weekday{date} - first).count());
}

std::string weekday_abbreviation(Date date) { return common::weekday_abbreviation(weekday{date}); }

std::string month_abbreviation(Date date) {
    return common::month_abbreviation(year_month_day{date}.month());
}

std::string day_label(Date date, Date today) {
    if (date == today) return common::tr("Today");
    if (date == today - days{1}) return common::tr("Yesterday");
    const unsigned day_number = static_cast<unsigned>(year_month_day{date}.day());
    // TRANSLATORS: a day in the statistics' list: {0} the weekday, {1} the day of the month,
    // {2} the month, both names abbreviated as the locale does ("Mon 10 Jun").
    return common::tr_format("{0} {1} {2}", weekday_abbreviation(date), day_number,
                             month_abbreviation(date));
}

}  // namespace sitbreak::tray
