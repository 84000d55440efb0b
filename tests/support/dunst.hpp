#pragma once
// A real notification server (dunst 1.9) for tests, driven without a mouse: its context
// menu runs our script instead of dmenu, and the script picks the action the test asks for.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "process.hpp"
#include "temp_dir.hpp"
#include "wait.hpp"

namespace sitbreak::test {

struct Notification {
    std::uint32_t id{0};
    std::string app_name;
    std::string summary;
    std::string body;
    std::map<std::string, std::string> actions;  // key ("bridges") → label ("Did 10 bridges")
    std::string icon;  // the image dunst shows: the image-path hint (or app_icon)
};

class Dunst {
public:
    // Starts dunst on `display` and the bus at `bus_address` with a generated dunstrc
    // (nothing expires by itself) and waits until it serves org.freedesktop.Notifications.
    Dunst(const std::string& display, const std::string& bus_address);
    ~Dunst();
    Dunst(const Dunst&) = delete;
    Dunst& operator=(const Dunst&) = delete;

    // Opens dunst's context menu (`dunstctl context`) and picks `action`, given by key
    // ("bridges") or label ("Did 10 bridges"), of notification `id` or of the first shown
    // one offering it. Dunst then emits ActionInvoked. Fails if the menu had no such entry.
    [[nodiscard]] testing::AssertionResult choose_action(std::string_view action,
                                                         std::optional<std::uint32_t> id = {});
    // The menu the last choose_action saw: "#Did 10 bridges (summary) [7,bridges]" lines.
    [[nodiscard]] std::string last_menu() const;
    // Everything dunst received (`dunst -print`), the latest version per id, in id order.
    [[nodiscard]] std::vector<Notification> received() const;
    // received() minus what was closed (`dunstctl history`).
    [[nodiscard]] std::vector<Notification> shown() const;
    // `dunstctl count displayed`; -1 if dunstctl failed.
    [[nodiscard]] int displayed_count() const;
    // Runs `dunstctl args...` against this dunst.
    [[nodiscard]] RunResult dunstctl(std::vector<std::string> args) const;

private:
    TempDir dir_{"dunst"};
    Env env_;
    std::unique_ptr<Process> dunst_;
};

// Parses `dunst -print` output: one block per notification received.
[[nodiscard]] std::vector<Notification> parse_dunst_print(std::string_view text);

}  // namespace sitbreak::test
