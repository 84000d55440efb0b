// sitbreak-tray-windows-demo: shows one of the tray's windows with sample data, for the gui
// tests and for trying a window without the daemon. Not installed.
//
//   sitbreak-tray-windows-demo --stats FILE.json [--screenshot PNG]
//   sitbreak-tray-windows-demo --prompt [--squeeze-seconds N] [--snoozes-left N]
//                              [--text TEXT] [--countdown] [--screenshot PNG]
//   sitbreak-tray-windows-demo --prefs CONFIG.toml [--screenshot PNG]
//
// The popup's buttons print "confirm <exercise> <ns>", "snooze <ns>", "skip <ns>" (steady
// clock) and then close it; the preferences print "saved" after each save.
#include <wx/app.h>
#include <wx/init.h>
#include <wx/weakref.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "tray/windows/demo/stats_json.hpp"
#include "tray/windows/demo/window_probe.hpp"
#include "tray/windows/prefs_window.hpp"
#include "tray/windows/prompt_popup.hpp"
#include "tray/windows/stats_window.hpp"

namespace sitbreak::tray::demo {

namespace {

enum class Mode { stats, prompt, prefs };

struct Options {
    Mode mode{Mode::prompt};
    std::filesystem::path file;
    std::filesystem::path screenshot;
    int squeeze_seconds{30};
    unsigned snoozes_left{2};
    std::string text;
    bool countdown{false};
};

constexpr const char* usage =
    "usage: sitbreak-tray-windows-demo (--stats FILE.json | --prompt | --prefs CONFIG.toml)\n"
    "       [--squeeze-seconds N] [--snoozes-left N] [--text TEXT] [--countdown]\n"
    "       [--screenshot PNG]\n";

std::optional<Options> parse(const std::vector<std::string>& args) {
    Options options;
    bool mode_given = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--prompt") {
            options.mode = Mode::prompt;
            mode_given = true;
        } else if (arg == "--countdown") {
            options.countdown = true;
        } else if (!has_value) {
            return std::nullopt;
        } else if (arg == "--stats" || arg == "--prefs") {
            options.mode = arg == "--stats" ? Mode::stats : Mode::prefs;
            options.file = args[++i];
            mode_given = true;
        } else if (arg == "--screenshot") {
            options.screenshot = args[++i];
        } else if (arg == "--squeeze-seconds") {
            options.squeeze_seconds = std::stoi(args[++i]);
        } else if (arg == "--snoozes-left") {
            options.snoozes_left = static_cast<unsigned>(std::stoul(args[++i]));
        } else if (arg == "--text") {
            options.text = args[++i];
        } else {
            return std::nullopt;
        }
    }
    if (!mode_given) return std::nullopt;
    return options;
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class DemoApp : public wxApp {
public:
    explicit DemoApp(Options options) : options_{std::move(options)} {}

    bool OnInit() override {
        try {
            show_window();
        } catch (const std::exception& error) {
            std::fprintf(stderr, "%s\n", error.what());
            return false;
        }
        return true;
    }

private:
    void show_window() {
        const ProbeOptions probe{options_.screenshot, now_ns()};
        if (options_.mode == Mode::prompt) return show_prompt(probe);
        wxTopLevelWindow* window = nullptr;
        if (options_.mode == Mode::stats) {
            auto* stats = new StatsWindow{};
            stats->set_data(load_stats(options_.file));
            window = stats;
        } else {
            window = new PrefsWindow{nullptr, options_.file, [] { say("saved"); }};
        }
        watch_window(window, probe);
        window->Show();
    }

    void show_prompt(const ProbeOptions& probe) {
        PromptInfo info{1, {"bridges", "squeeze"}, options_.text, options_.snoozes_left};
        auto answered = [this](const std::string& what) {
            say(what + " " + std::to_string(now_ns()));
            CallAfter([this] {
                if (popup_) popup_->close_prompt();
            });
        };
        PromptActions actions{
            [answered](const std::string& exercise) { answered("confirm " + exercise); },
            [answered] { answered("snooze"); }, [answered] { answered("skip"); }};
        popup_ = new PromptPopup{info, actions, std::chrono::seconds{options_.squeeze_seconds}};
        watch_window(popup_, probe);
        if (options_.countdown) popup_->start_squeeze();
    }

    Options options_;
    wxWeakRef<PromptPopup> popup_;
};

}  // namespace

}  // namespace sitbreak::tray::demo

int main(int argc, char** argv) {
    using namespace sitbreak::tray::demo;
    std::optional<Options> options;
    try {
        options = parse(std::vector<std::string>(argv, argv + argc));
    } catch (const std::exception&) {
        options.reset();
    }
    if (!options) {
        std::fputs(usage, stderr);
        return 2;
    }
    wxApp::SetInstance(new DemoApp{*options});
    return wxEntry(argc, argv);
}
