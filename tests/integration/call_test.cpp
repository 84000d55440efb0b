// Issue 16: quiet during calls. A real sound server started by the test (PipeWire with its
// PulseAudio server and WirePlumber, headless, with a virtual microphone) and a real
// recording client (parecord) hold a due prompt back; stopping the recording lets it open.
// The sound server is asked by a helper process (sitbreakd --watch-microphones) that runs
// only from a minute before a prompt until it shows, and once at the start.
// With no sound server the daemon runs and status says why calls cannot be told. A camera:
// this machine has no video driver, so no real /dev/video* node can be opened; the test
// opens a stand-in, a plain file named /dev/video..., which the daemon watches as it
// would a camera's node.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "daemon_fixture.hpp"
#include "support/test_configs.hpp"

namespace sitbreak::test {
namespace {

namespace fs = std::filesystem;

class CallTest : public DaemonTest {
protected:
    void SetUp() override {
        DaemonTest::SetUp();
        fs::create_directories(runtime());
        fs::permissions(runtime(), fs::perms::owner_all);
        daemon_env_["XDG_RUNTIME_DIR"] = runtime().string();
    }
    void TearDown() override {
        recorder_.reset();
        DaemonTest::TearDown();
        sound_.clear();  // after the daemon: its client must not see the server go first
    }
    [[nodiscard]] fs::path runtime() const { return home_ / "run"; }
    [[nodiscard]] Env sound_env() const {
        Env sound = env();
        sound["XDG_RUNTIME_DIR"] = runtime().string();
        return sound;
    }
    // PipeWire, its PulseAudio server and WirePlumber, and a virtual microphone "mic".
    void start_sound_server() {
        for (const char* program : {"pipewire", "pipewire-pulse", "wireplumber"}) {
            ProcessOptions options;
            options.env = sound_env();
            sound_.push_back(
                std::make_unique<Process>(std::vector<std::string>{program}, std::move(options)));
        }
        ASSERT_TRUE(wait_until([&] { return run({"pactl", "info"}, sound_env()).exit_code == 0; },
                               milliseconds{20000}, "the sound server answering pactl"));
        const RunResult mic = run({"pactl", "load-module", "module-null-sink",
                                   "media.class=Audio/Source/Virtual", "sink_name=mic",
                                   "channel_map=mono"},
                                  sound_env());
        ASSERT_EQ(mic.exit_code, 0) << mic.err;
        ASSERT_TRUE(wait_until(
            [&] {
                return run({"pactl", "list", "short", "sources"}, sound_env()).out.find("\tmic\t") !=
                       std::string::npos;
            },
            milliseconds{10000}, "the virtual microphone"));
    }
    void start_recording() {
        ProcessOptions options;
        options.env = sound_env();
        recorder_ = std::make_unique<Process>(
            std::vector<std::string>{"parecord", "--device=mic", "/dev/null"}, std::move(options));
    }
    // Whether the daemon's microphone helper runs: a child process of it.
    [[nodiscard]] bool helper_running() const {
        for (const auto& entry : fs::directory_iterator{"/proc"}) {
            std::ifstream stat{entry.path() / "stat"};
            std::string line;
            if (!std::getline(stat, line)) continue;
            // pid (comm) state ppid ...: comm may hold spaces, so read from the last ')'.
            std::istringstream after{line.substr(line.rfind(')') + 1)};
            char state = 0;
            pid_t parent = 0;
            after >> state >> parent;
            if (parent == daemon_->pid() && state != 'Z') return true;
        }
        return false;
    }
    testing::AssertionResult wait_for_helper(bool running) {
        if (wait_until([&] { return helper_running() == running; }, milliseconds{10000},
                       running ? "the microphone helper running" : "the microphone helper gone")) {
            return testing::AssertionSuccess();
        }
        return testing::AssertionFailure() << "the microphone helper is " << (running ? "not " : "")
                                           << "running";
    }
    testing::AssertionResult wait_for_quiet(bool quiet) {
        return SitbreakCli{env()}.wait_for_status(
            [quiet](const nlohmann::json& now) { return now["quiet"] == quiet; },
            quiet ? "quiet: in a call" : "not quiet: the call over");
    }

    std::vector<std::unique_ptr<Process>> sound_;
    std::unique_ptr<Process> recorder_;
};

TEST_F(CallTest, RecordingFromTheMicrophoneHoldsThePromptUntilItStops) {
    start_sound_server();
    start_recording();  // a call going on before the daemon starts
    start_and_wait();
    EXPECT_EQ(status()["call_problem"], nullptr) << status()["call_problem"];
    start_typing();  // a prompt due in 6 s: the microphones are asked about
    ASSERT_TRUE(wait_for_quiet(true));
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["waiting_for"] == "call"; },
        "the due prompt held back by the call"));
    const RunResult text = cli({"status"});
    EXPECT_NE(text.out.find("prompt waiting: you are in a call"), std::string::npos) << text.out;
    EXPECT_TRUE(dunst_->shown().empty());
    EXPECT_TRUE(helper_running());
    recorder_.reset();  // the call ends
    ASSERT_TRUE(wait_for_state("prompting", milliseconds{10000}));
    EXPECT_TRUE(wait_for_helper(false)) << "the prompt has shown: the helper has ended";
}

// Its ~2 MiB (libpulse) are paid only around a prompt: not while the user sits with the
// prompt an hour away.
TEST_F(CallTest, NoSoundServerClientRunsWhileNoPromptIsNear) {
    write_config(kPromptAnHourAway);
    start_sound_server();
    start_and_wait();
    ASSERT_TRUE(wait_for_helper(false)) << "the first look at the start ends";
    start_typing();
    // The barrier: the daemon decides whether to ask the microphones as the spell starts.
    ASSERT_TRUE(wait_for_state("sitting", milliseconds{10000}));
    EXPECT_FALSE(helper_running());
    stop_typing();
}

TEST_F(CallTest, WithNoSoundServerTheDaemonRunsAndStatusSaysWhy) {
    start_and_wait();  // nothing listens in its XDG_RUNTIME_DIR
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["call_problem"].is_string(); },
        "status naming the problem"));
    const std::string problem = status()["call_problem"];
    EXPECT_NE(problem.find("no sound server"), std::string::npos) << problem;
    const RunResult text = cli({"status"});
    EXPECT_NE(text.out.find("Calls cannot hold prompts back: no sound server"),
              std::string::npos)
        << text.out;
    // And it is found once it comes, when the microphones are next asked about (the first
    // retry is 5 s later).
    start_sound_server();
    start_typing();
    EXPECT_TRUE(SitbreakCli{env()}.wait_for_status(
        [](const nlohmann::json& now) { return now["call_problem"].is_null(); },
        "the problem gone once the server runs", milliseconds{20000}));
}

// A stand-in for a camera's node: removed again however the test ends.
class StandInCamera {
public:
    StandInCamera() : path_{"/dev/videosbt" + std::to_string(::getpid())} {
        std::ofstream{path_} << "";
    }
    ~StandInCamera() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    StandInCamera(const StandInCamera&) = delete;
    StandInCamera& operator=(const StandInCamera&) = delete;
    [[nodiscard]] bool made() const { return fs::exists(path_); }
    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

TEST_F(CallTest, AnOpenCameraHoldsPromptsBack) {
    StandInCamera camera;
    if (!camera.made()) GTEST_SKIP() << "cannot make " << camera.path() << " (not root)";
    start_and_wait();
    EXPECT_EQ(status()["quiet"], false);
    {
        Process video_call{{"sh", "-c", "exec 3<" + camera.path().string() + "; exec sleep 600"}};
        ASSERT_TRUE(wait_for_quiet(true));
    }
    EXPECT_TRUE(wait_for_quiet(false));
}

}  // namespace
}  // namespace sitbreak::test
