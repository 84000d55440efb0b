#pragma once
// Where each day of the 53-week calendar heatmap goes: weeks as columns (oldest left, the
// week of today right), weekdays as rows (the locale's first weekday on top). Pure, so that the gui
// tests can compute the cells they read back from a screenshot.
#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "tray/windows/day_date.hpp"
#include "tray/windows/geometry.hpp"
#include "tray/windows/window_data.hpp"

namespace sitbreak::tray {

constexpr int heatmap_weeks = 53;

struct HeatmapGeometry {
    double left{0};  // the top-left corner of column 0, row 0
    double top{0};
    double cell{12};  // the side of one day's square
    double gap{3};
    [[nodiscard]] double pitch() const { return cell + gap; }
    [[nodiscard]] double width() const { return heatmap_weeks * pitch() - gap; }
    [[nodiscard]] double height() const { return 7 * pitch() - gap; }
};

struct HeatCell {
    Date date;
    int column{0};
    int row{0};
    Box box;
    std::uint32_t done{0};
    int bin{0};        // palette bin, see done_bin
    bool rest{false};  // a rest day (status "rest")
    std::uint32_t sessions{0};  // activation sessions that day
    bool today{false};
};

struct MonthLabel {
    int column{0};
    double x{0};  // left edge of the column
    std::string text;
};

struct Heatmap {
    std::vector<HeatCell> cells;  // every day from the first column's first weekday to today
    std::vector<MonthLabel> months;
    std::chrono::weekday first{std::chrono::Monday};  // row 0's weekday
};

// The weekday the heatmap's weeks start on: the locale's (`locale_first`), unless the weekly
// goal's weeks (programme.week_starts, `week.start` from the daemon) start on another day
// than their default Monday; then those, so that a column is a week of the goal.
[[nodiscard]] std::chrono::weekday heatmap_first_weekday(const client::Week& week,
                                                         std::chrono::weekday locale_first);

// `days` may be in any order and have gaps or days outside the 53 weeks; a day without a
// record is drawn as nothing done. Records with a malformed date are ignored.
[[nodiscard]] Heatmap heatmap_layout(std::span<const DayRecord> days, Date today,
                                     std::uint32_t goal, const HeatmapGeometry& geometry,
                                     std::chrono::weekday first = std::chrono::Monday);

}  // namespace sitbreak::tray
