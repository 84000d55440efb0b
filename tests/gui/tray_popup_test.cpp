// Issue 14, end to end: an exercise of the user's exercises.toml, listed in
// prompt.exercises, is a button with its figure in the real tray's popup, and answering with
// it counts it under its id in the daemon's history (stats --json, export).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gui/support/window_reports.hpp"
#include "tray_fixture.hpp"

namespace sitbreak::test {
namespace {

using nlohmann::json;

// A new exercise that borrows a shipped figure (absolute paths are taken as they are).
std::string wall_sit_entry() {
    return std::string{R"([wall_sit]
name = "Wall sit"
prompt = "a 20-second wall sit"
label = "Did wall sit"
start = "Start wall sit"
seconds = 20
steps = ["Back against a wall, slide down until your knees are bent."]
feel = "Thighs and glutes."
figures = [")"} + SITBREAK_STAGED_DATA_DIR + R"(/exercises/figures/squeeze-1.svg"]
micro = true
)";
}

struct ProcessState {
    char state{0};  // 0: no such process
    pid_t parent{0};
};

ProcessState process_state(const std::filesystem::path& proc_dir) {
    std::ifstream stat{proc_dir / "stat"};
    std::string line;
    if (!std::getline(stat, line) || line.rfind(')') == std::string::npos) return {};
    std::istringstream after_name{line.substr(line.rfind(')') + 2)};
    ProcessState process;
    after_name >> process.state >> process.parent;
    return process;
}

// Running: neither gone nor a zombie (one whose new parent does not reap it).
bool running(pid_t pid) {
    const char state = process_state("/proc/" + std::to_string(pid)).state;
    return state != 0 && state != 'Z';
}

// The running processes `parent` started as its prompt popup (sitbreak-tray --popup).
std::vector<pid_t> popup_processes(pid_t parent) {
    std::vector<pid_t> found;
    for (const auto& entry : std::filesystem::directory_iterator{"/proc"}) {
        const ProcessState process = process_state(entry.path());
        if (process.parent != parent || process.state == 0 || process.state == 'Z') continue;
        std::ifstream cmdline{entry.path() / "cmdline"};
        const std::string words{std::istreambuf_iterator<char>{cmdline}, {}};
        if (words.find(std::string{"--popup"} + '\0') != std::string::npos) {
            found.push_back(std::stoi(entry.path().filename().string()));
        }
    }
    return found;
}

class TrayPopupTest : public TrayTest {
protected:
    // The tray's last report of its popup (--probe-windows) that shows `widget`.
    std::optional<ShownWindow> popup_with(const std::string& widget) const {
        const auto reports = window_reports(tray_->out());
        if (reports.empty() || !reports.back().widgets.contains(widget)) return std::nullopt;
        return reports.back();
    }
    // The daemon with prompt.style = "popup", the tray reporting its windows, the user at
    // the desk.
    void start_with_popups() {
        std::string config{kTrayConfig};
        config.insert(config.find("[prompt]\n") + 9, "style = \"popup\"\n");
        write_config(config);
        start_daemon();
        start_tray({"--probe-windows"});
        sit_down();
    }
};

TEST_F(TrayPopupTest, AUserExerciseIsAButtonWithItsFigureAndCountsUnderItsId) {
    const auto config_dir = home_ / "config" / "sitbreak";
    std::filesystem::create_directories(config_dir);
    std::ofstream{config_dir / "exercises.toml"} << wall_sit_entry();
    std::string config{kTrayConfig};
    config.insert(config.find("[prompt]\n") + 9,
                  "style = \"popup\"\nexercises = [\"squeeze\", \"wall_sit\"]\n");
    write_config(config);
    start_daemon();
    start_tray({"--probe-windows"});
    sit_down();
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    ASSERT_EQ(status()["config_error"], nullptr);

    std::optional<ShownWindow> popup;
    ASSERT_TRUE(wait_until([&] { return (popup = popup_with("done.wall_sit")).has_value(); },
                           milliseconds{15000}, "the popup's wall-sit button"))
        << tray_->out() << tray_->err();
    EXPECT_TRUE(popup->widgets.contains("start.wall_sit"));
    EXPECT_TRUE(popup->widgets.contains("figure.wall_sit")) << "the figure beside its buttons";
    EXPECT_TRUE(popup->widgets.contains("done.squeeze"));
    EXPECT_FALSE(popup->widgets.contains("done.bridges")) << "not in prompt.exercises";

    // Clicks in the popup's first half second are ignored (a click meant for the window
    // below): wait that out, then answer as a user would.
    const auto open_at = std::chrono::steady_clock::now() + milliseconds{800};
    ASSERT_TRUE(wait_until([&] { return std::chrono::steady_clock::now() >= open_at; },
                           milliseconds{5000}, "the click guard"));
    click_widget(x_->display(), *popup, "done.wall_sit");
    ASSERT_TRUE(wait_until([&] { return cli({"status", "--json"}).out.find("\"sitting\"") !=
                                        std::string::npos; },
                           milliseconds{10000}, "the prompt answered"));
    const json days = json::parse(cli({"stats", "--days", "1", "--json"}).out);
    EXPECT_EQ(days.at(0)["done_by_exercise"], (json{{"wall_sit", 1}}));
    const json history = json::parse(cli({"export", "--json"}).out);
    EXPECT_EQ(history["prompts"].back()["exercise"], "wall_sit");
}

// Issue 17: in a German session the popup speaks German: its heading, the daemon's sentence,
// the catalogue's names and buttons, and its own buttons.
TEST_F(TrayPopupTest, InAGermanSessionThePopupIsGerman) {
    session_language_["LC_ALL"] = "de_DE.UTF-8";
    session_language_["LANGUAGE"] = "de";
    start_with_popups();
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    std::optional<ShownWindow> popup;
    ASSERT_TRUE(wait_until([&] { return (popup = popup_with("done.bridges")).has_value(); },
                           milliseconds{15000}, "the popup's bridges button"))
        << tray_->out() << tray_->err();
    const auto says = [&](const std::string& words) {
        return std::find(popup->labels.begin(), popup->labels.end(), words) != popup->labels.end();
    };
    for (const char* words : {"Zeit aufzustehen", "Glute Bridge", "10 Brücken starten",
                              "Brücken gemacht", "Gesäß anspannen", "Überspringen"}) {
        EXPECT_TRUE(says(words)) << words << " in " << testing::PrintToString(popup->labels);
    }
    EXPECT_TRUE(std::any_of(popup->labels.begin(), popup->labels.end(), [](const std::string& l) {
        return l.rfind("Zeit für 10 Glute Bridges oder", 0) == 0;
    })) << testing::PrintToString(popup->labels);
    EXPECT_FALSE(says("Skip"));
}

// The popup is a process of its own the tray starts when a prompt opens: it ends with its
// prompt, and with the tray, so that a closed popup leaves nothing in the tray all day.
TEST_F(TrayPopupTest, ThePopupsProcessEndsWithItsPromptAndWithTheTray) {
    start_with_popups();
    const pid_t tray = tray_->pid();

    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    ASSERT_TRUE(wait_until([&] { return popup_with("skip").has_value(); }, milliseconds{15000},
                           "the popup")) << tray_->out() << tray_->err();
    ASSERT_EQ(popup_processes(tray).size(), 1U) << "one popup process beside the tray";
    ASSERT_EQ(cli({"skip"}).exit_code, 0);
    EXPECT_TRUE(wait_until([&] { return popup_processes(tray).empty(); }, milliseconds{10000},
                           "the popup's process to end with its prompt"));

    const std::size_t reports = window_reports(tray_->out()).size();
    ASSERT_EQ(cli({"prompt-now"}).exit_code, 0);
    ASSERT_TRUE(wait_until([&] { return window_reports(tray_->out()).size() > reports; },
                           milliseconds{15000}, "the next prompt's popup"));
    const std::vector<pid_t> popups = popup_processes(tray);
    ASSERT_EQ(popups.size(), 1U);
    tray_->kill(SIGTERM);  // the tray alone, not its process group
    ASSERT_TRUE(tray_->wait_for_exit(milliseconds{10000}).has_value()) << "the tray quits";
    EXPECT_TRUE(wait_until([&] { return !running(popups.front()); }, milliseconds{10000},
                           "the popup's process to end with the tray"));
    EXPECT_EQ(status()["state"], "prompting") << "the prompt stays open on the daemon";
}

}  // namespace
}  // namespace sitbreak::test
