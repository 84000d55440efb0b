#include "daemon_fixture.hpp"

namespace sitbreak::test {

void DaemonTest::SetUp() {
    x_ = std::make_unique<XServer>();
    bus_ = std::make_unique<SessionBus>();
    dunst_ = std::make_unique<Dunst>(x_->display(), bus_->address());
    write_config(kTestConfig);
}

void DaemonTest::TearDown() {
    if (::testing::Test::HasFailure() && daemon_) {
        std::cerr << "---- sitbreakd stderr ----\n"
                  << daemon_->err() << "--------------------------\n";
    }
    typist_.reset();
    daemon_.reset();
    dunst_.reset();
    bus_.reset();
    x_.reset();
}

Env DaemonTest::env() const {
    Env env = x_->env();
    env.merge(bus_->env());
    env["XDG_CONFIG_HOME"] = (home_ / "config").string();
    env["XDG_DATA_HOME"] = (home_ / "data").string();
    env["SITBREAK_DATA_DIR"] = SITBREAK_STAGED_DATA_DIR;  // the figures
    env["HOME"] = home_.path().string();
    env["WAYLAND_DISPLAY"] = std::nullopt;
    env["XDG_CURRENT_DESKTOP"] = std::nullopt;
    env["TZ"] = daytime_zone().tz;
    return env;
}

std::filesystem::path DaemonTest::config_path() const {
    return home_ / "config/sitbreak/config.toml";
}
std::filesystem::path DaemonTest::database_path() const {
    return home_ / "data/sitbreak/sitbreak.db";
}

void DaemonTest::write_config(std::string_view text) {
    std::filesystem::create_directories(config_path().parent_path());
    // Like an editor: write beside it and rename over it.
    const auto temp = config_path().parent_path() / ".config.toml.new";
    write_file(temp, text);
    std::filesystem::rename(temp, config_path());
}

std::unique_ptr<Process> DaemonTest::start_daemon(std::vector<std::string> extra_args) {
    std::vector<std::string> args{SITBREAKD_PATH, "--verbose"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    ProcessOptions options;
    options.env = env();
    for (const auto& [name, value] : daemon_env_) options.env[name] = value;
    return std::make_unique<Process>(std::move(args), std::move(options));
}

void DaemonTest::start_and_wait() {
    daemon_ = start_daemon();
    ASSERT_TRUE(SitbreakCli{env()}.wait_for_daemon()) << daemon_->err();
}

RunResult DaemonTest::call_daemon(std::vector<std::string> member_and_arguments) const {
    std::vector<std::string> args{"busctl",
                                  "--user",
                                  "call",
                                  "org.sitbreak.Sitbreak1",
                                  "/org/sitbreak/Sitbreak1",
                                  "org.sitbreak.Sitbreak1"};
    args.insert(args.end(), member_and_arguments.begin(), member_and_arguments.end());
    return run(std::move(args), env());
}

void DaemonTest::start_typing() {
    ProcessOptions options;
    options.env = x_->env();
    typist_ = std::make_unique<Process>(
        std::vector<std::string>{"sh", "-c",
                                 "while :; do xdotool mousemove_relative -- 1 0; sleep 0.3; done"},
        std::move(options));
}

void DaemonTest::stop_typing() { typist_.reset(); }

void DaemonTest::nudge() { (void)xdotool(x_->display(), {"mousemove_relative", "--", "1", "0"}); }

}  // namespace sitbreak::test
