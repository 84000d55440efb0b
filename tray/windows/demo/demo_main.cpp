// sitbreak-tray-windows-demo: shows one of the tray's windows with sample data, for the gui
// tests and for trying a window without the daemon. Not installed.
//
//   sitbreak-tray-windows-demo --stats FILE.json [--screenshot PNG]
//   sitbreak-tray-windows-demo --prompt [--exercises FILE.json | --figures DIR]
//                              [--squeeze-seconds N] [--snoozes-left N] [--text TEXT]
//                              [--guide ID | --countdown] [--tick] [--screenshot PNG]
//   sitbreak-tray-windows-demo --prefs CONFIG.toml [--screenshot PNG]
//
// The prompt offers the exercises of FILE.json (exercises_json.hpp), or else bridges and
// the squeeze with their figures from DIR (by default the source tree's
// assets/exercises/figures). --guide starts the guided set of exercise ID at once
// (--countdown: of the squeeze) and prints "guide <ID> <ns>" just before.
//
// The popup's buttons print "confirm <exercise> <ns>", "snooze <ns>", "skip <ns>" (steady
// clock) and then close it; each rep of a guided set prints "rep <n> of <N> <ns>", with
// "side 2" before the time on the other side of a per-side set. The preferences print
// "saved" after each save.
#include <wx/app.h>
#include <wx/init.h>
#include <wx/log.h>
#include <wx/weakref.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "tray/windows/demo/exercises_json.hpp"
#include "tray/windows/demo/stats_json.hpp"
#include "tray/windows/languages.hpp"
#include "tray/windows/prefs_window.hpp"
#include "tray/windows/prompt_popup.hpp"
#include "tray/windows/stats_window.hpp"
#include "tray/windows/window_probe.hpp"

namespace sitbreak::tray::demo {

namespace {

enum class Mode { stats, prompt, prefs };

struct Options {
    Mode mode{Mode::prompt};
    bool mode_given{false};
    std::filesystem::path file;
    std::filesystem::path screenshot;
    std::filesystem::path exercises;
    std::filesystem::path figures{SITBREAK_DEMO_FIGURES_DIR};
    std::optional<int> squeeze_seconds;
    unsigned snoozes_left{2};
    std::string text;
    std::string guide;  // an exercise id: its guided set starts at once
    bool tick{false};
};

constexpr const char* usage =
    "usage: sitbreak-tray-windows-demo (--stats FILE.json | --prompt | --prefs CONFIG.toml)\n"
    "       [--exercises FILE.json] [--figures DIR] [--squeeze-seconds N] [--snoozes-left N]\n"
    "       [--text TEXT] [--guide ID] [--countdown] [--tick] [--screenshot PNG]\n";

// Flags without a value; false if `arg` is none of them.
bool parse_flag(const std::string& arg, Options& options) {
    if (arg == "--prompt") {
        options.mode = Mode::prompt;
        options.mode_given = true;
    } else if (arg == "--countdown") {
        options.guide = "squeeze";
    } else if (arg == "--tick") {
        options.tick = true;
    } else {
        return false;
    }
    return true;
}

// Options with a value; false if `arg` is none of them.
bool parse_option(const std::string& arg, const std::string& value, Options& options) {
    if (arg == "--stats" || arg == "--prefs") {
        options.mode = arg == "--stats" ? Mode::stats : Mode::prefs;
        options.file = value;
        options.mode_given = true;
    } else if (arg == "--screenshot") {
        options.screenshot = value;
    } else if (arg == "--exercises") {
        options.exercises = value;
    } else if (arg == "--figures") {
        options.figures = value;
    } else if (arg == "--squeeze-seconds") {
        options.squeeze_seconds = std::stoi(value);
    } else if (arg == "--snoozes-left") {
        options.snoozes_left = static_cast<unsigned>(std::stoul(value));
    } else if (arg == "--text") {
        options.text = value;
    } else if (arg == "--guide") {
        options.guide = value;
    } else {
        return false;
    }
    return true;
}

std::optional<Options> parse(const std::vector<std::string>& args) {
    Options options;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (parse_flag(args[i], options)) continue;
        if (i + 1 >= args.size() || !parse_option(args[i], args[i + 1], options)) {
            return std::nullopt;
        }
        ++i;
    }
    if (!options.mode_given) return std::nullopt;
    return options;
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::string rep_line(const RepState& rep) {
    return "rep " + std::to_string(rep.rep) + " of " + std::to_string(rep.reps) +
           (rep.side == Side::other ? " side 2 " : " ") + std::to_string(now_ns());
}

class DemoApp : public wxApp {
public:
    explicit DemoApp(Options options) : options_{std::move(options)} {}

    bool OnInit() override {
        // Messages (a rep tick that cannot play) go to stderr, not to dialog boxes.
        wxLog::SetActiveTarget(new wxLogStderr);
        set_up_languages();
        load_window_languages();
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

    [[nodiscard]] PromptInfo prompt_info() const {
        PromptInfo info{1, {}, options_.text, options_.snoozes_left};
        info.exercises =
            options_.exercises.empty()
                ? sample_exercises(options_.figures)
                : load_exercises(options_.exercises);
        return info;
    }

    void show_prompt(const ProbeOptions& probe) {
        auto answered = [this](const std::string& what) {
            say(what + " " + std::to_string(now_ns()));
            CallAfter([this] {
                if (popup_) popup_->close_prompt();
            });
        };
        PromptActions actions{
            [answered](const std::string& exercise) { answered("confirm " + exercise); },
            [answered] { answered("snooze"); }, [answered] { answered("skip"); }};
        PopupOptions popup_options;
        popup_options.tick = options_.tick;
        if (options_.squeeze_seconds) {
            popup_options.hold_length = std::chrono::seconds{*options_.squeeze_seconds};
        }
        popup_options.rep_began = [](const common::Exercise&, const RepState& rep) {
            say(rep_line(rep));
        };
        popup_ = new PromptPopup{prompt_info(), actions, std::move(popup_options)};
        watch_window(popup_, probe);
        if (options_.guide.empty()) return;
        say("guide " + options_.guide + " " + std::to_string(now_ns()));
        if (!popup_->start_guide(options_.guide)) {
            throw std::runtime_error{"The prompt offers no exercise " + options_.guide + "."};
        }
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
