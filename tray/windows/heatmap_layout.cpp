#include "tray/windows/heatmap_layout.hpp"

#include <map>

#include "tray/windows/palette.hpp"

namespace sitbreak::tray {

namespace {

using std::chrono::days;

std::map<Date, const DayRecord*> by_date(std::span<const DayRecord> records) {
    std::map<Date, const DayRecord*> found;
    for (const DayRecord& record : records) {
        if (const auto date = parse_date(record.date)) found[*date] = &record;
    }
    return found;
}

// A label where a month starts; the first column gets one only when its month still has
// room before the next label, so that two names never overlap.
std::vector<MonthLabel> month_labels(Date first_day, const HeatmapGeometry& geometry) {
    using std::chrono::year_month_day;
    std::vector<MonthLabel> labels;
    for (int column = 0; column < heatmap_weeks; ++column) {
        const Date top = first_day + days{7 * column};
        const bool starts_month =
            column == 0 || year_month_day{top}.month() != year_month_day{top - days{7}}.month();
        if (!starts_month) continue;
        if (!labels.empty() && labels.back().column == 0 && column < 3) labels.pop_back();
        labels.push_back(
            {column, geometry.left + column * geometry.pitch(), month_abbreviation(top)});
    }
    return labels;
}

}  // namespace

std::chrono::weekday heatmap_first_weekday(const client::Week& week,
                                           std::chrono::weekday locale_first) {
    const auto start = parse_date(week.start);
    if (!start || std::chrono::weekday{*start} == std::chrono::Monday) return locale_first;
    return std::chrono::weekday{*start};
}

Heatmap heatmap_layout(std::span<const DayRecord> records, Date today, std::uint32_t goal,
                       const HeatmapGeometry& geometry, std::chrono::weekday first) {
    const Date first_day = today - days{weekday_row(today, first)} - days{7 * (heatmap_weeks - 1)};
    const auto found = by_date(records);
    Heatmap heatmap;
    heatmap.first = first;
    for (Date date = first_day; date <= today; date += days{1}) {
        HeatCell cell;
        cell.date = date;
        cell.column = static_cast<int>((date - first_day).count() / 7);
        cell.row = weekday_row(date, first);
        cell.box = {geometry.left + cell.column * geometry.pitch(),
                    geometry.top + cell.row * geometry.pitch(), geometry.cell, geometry.cell};
        if (const auto record = found.find(date); record != found.end()) {
            cell.done = record->second->done;
            cell.rest = record->second->status == "rest";
            cell.sessions = record->second->sessions;
        }
        cell.bin = done_bin(cell.done, goal);
        cell.today = date == today;
        heatmap.cells.push_back(cell);
    }
    heatmap.months = month_labels(first_day, geometry);
    return heatmap;
}

}  // namespace sitbreak::tray
