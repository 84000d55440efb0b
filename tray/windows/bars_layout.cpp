#include "tray/windows/bars_layout.hpp"

#include <algorithm>
#include <map>

namespace sitbreak::tray {

namespace {

using std::chrono::days;

constexpr std::uint32_t default_goal = 5;
// Bars take this share of their slot; the rest is air between days.
constexpr double bar_share = 0.6;

std::vector<Bar> recent_bars(std::span<const DayRecord> records, Date today, std::uint32_t goal) {
    std::map<Date, const DayRecord*> found;
    for (const DayRecord& record : records) {
        if (const auto date = parse_date(record.date)) found[*date] = &record;
    }
    std::vector<Bar> bars;
    for (Date date = today - days{bar_days - 1}; date <= today; date += days{1}) {
        Bar bar;
        bar.date = date;
        if (const auto record = found.find(date); record != found.end()) {
            bar.done = record->second->done;
            bar.rest = record->second->status == "rest";
        }
        bar.goal_met = bar.done >= goal;
        bar.today = date == today;
        bars.push_back(bar);
    }
    return bars;
}

}  // namespace

BarsLayout bars_layout(std::span<const DayRecord> records, Date today, std::uint32_t goal,
                       const Box& area) {
    if (goal == 0) goal = default_goal;
    BarsLayout layout;
    layout.bars = recent_bars(records, today, goal);
    layout.plot = {area.x, area.y + bar_value_band, area.width - bar_goal_label_width,
                   std::max(0.0, area.height - bar_value_band - bar_label_band)};
    layout.scale_max = goal;
    for (const Bar& bar : layout.bars) layout.scale_max = std::max(layout.scale_max, bar.done);
    const double per_unit = layout.plot.height / layout.scale_max;
    layout.goal_y = layout.plot.bottom() - goal * per_unit;
    const double slot_width = layout.plot.width / bar_days;
    for (std::size_t i = 0; i < layout.bars.size(); ++i) {
        Bar& bar = layout.bars[i];
        bar.slot = {layout.plot.x + static_cast<double>(i) * slot_width, layout.plot.y, slot_width,
                    layout.plot.height};
        const double height = bar.done * per_unit;
        const double width = slot_width * bar_share;
        bar.box = {bar.slot.x + (slot_width - width) / 2, layout.plot.bottom() - height, width,
                   height};
    }
    return layout;
}

}  // namespace sitbreak::tray
