#include "gui/support/window_reports.hpp"

#include <sstream>
#include <stdexcept>

#include "support/x_server.hpp"

namespace sitbreak::test {

std::vector<ShownWindow> window_reports(const std::string& out) {
    std::vector<ShownWindow> reports;
    ShownWindow report;
    std::istringstream stream{out};
    for (std::string line; std::getline(stream, line);) {
        std::istringstream words{line};
        std::string kind;
        words >> kind;
        if (kind == "shown") {
            words >> report.id >> report.created_ns >> report.scale;
            reports.push_back(report);
            report = ShownWindow{};
        } else if (kind == "widget") {
            std::string name;
            WidgetBox box;
            words >> name >> box.x >> box.y >> box.width >> box.height;
            report.widgets[name] = box;
        } else if (kind == "title") {
            std::getline(words >> std::ws, report.title);
        } else if (kind == "label") {
            std::string name;
            words >> name;
            std::string text;
            std::getline(words >> std::ws, text);
            report.labels.push_back(text);
        }
    }
    return reports;
}

void click_widget(const std::string& display, const ShownWindow& window, const std::string& widget) {
    const WidgetBox& box = window.widgets.at(widget);
    const RunResult result =
        xdotool(display, {"mousemove", "--window", std::to_string(window.id),
                          std::to_string(box.x + box.width / 2),
                          std::to_string(box.y + box.height / 2), "click", "1"});
    if (result.exit_code != 0) throw std::runtime_error{"xdotool click failed: " + result.err};
}

}  // namespace sitbreak::test
