// `sitbreakd --check-config` run as a real process.
#include <sys/wait.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "config/save.hpp"
#include "config_test_support.hpp"

namespace sitbreak::config {
namespace {

using test::read_file;
using test::TempDir;
using test::write_file;

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string quoted(const std::string& text) {
    std::string result = "'";
    for (const char c : text) result += c == '\'' ? std::string{"'\\''"} : std::string{c};
    return result + "'";
}

// `env` is prefixed as VAR=value assignments; arguments are quoted for the shell.
ProcessResult run_sitbreakd(const TempDir& dir, const std::vector<std::string>& args,
                  const std::string& env = "") {
    std::string command = "env " + env + " " + quoted(SITBREAKD_PATH);
    for (const std::string& arg : args) command += " " + quoted(arg);
    command += " >" + quoted((dir / "stdout").string()) + " 2>" + quoted((dir / "stderr").string());
    const int status = std::system(command.c_str());
    ProcessResult run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = read_file(dir / "stdout");
    run.err = read_file(dir / "stderr");
    return run;
}

TEST(CheckConfig, AGoodFileIsOk) {
    const TempDir dir;
    write_file(dir / "config.toml", render(Settings{}));
    const ProcessResult run = run_sitbreakd(dir, {"--check-config", (dir / "config.toml").string()});
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out, "ok\n");
    EXPECT_EQ(run.err, "");
}

TEST(CheckConfig, ABadFilePrintsEachErrorWithItsLineAndExits2) {
    const TempDir dir;
    const std::string path = (dir / "config.toml").string();
    write_file(path, "[prompt]\nsnooze = 10\nmax_snoozes = 25\n[sitting]\nlimt = \"1h\"\n");
    const ProcessResult run = run_sitbreakd(dir, {"--check-config", path});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err,
              path + R"(:2: prompt.snooze: expected a duration like "10m", got 10)" + "\n" + path +
                  ":3: prompt.max_snoozes: expected a whole number from 0 to 20, got 25\n" + path +
                  ":5: sitting.limt: unknown key; did you mean sitting.limit?\n");
}

TEST(CheckConfig, MalformedTomlExits2WithTheLine) {
    const TempDir dir;
    const std::string path = (dir / "config.toml").string();
    write_file(path, "[sitting]\nlimit = \"1h\"\nbreak_after =\n");
    const ProcessResult run = run_sitbreakd(dir, {"--check-config", path});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err.rfind(path + ":3: ", 0), 0u) << run.err;
}

TEST(CheckConfig, AMissingFileGivenExplicitlyIsAnError) {
    const TempDir dir;
    const std::string path = (dir / "nope.toml").string();
    const ProcessResult run = run_sitbreakd(dir, {"--check-config", path});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, path + ": no such file\n");
}

TEST(CheckConfig, AMissingDefaultFileIsOk) {
    const TempDir dir;
    const ProcessResult run = run_sitbreakd(dir, {"--check-config"},
                                  "XDG_CONFIG_HOME=" + quoted((dir / "xdg").string()));
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out, "ok\n");
}

TEST(CheckConfig, ChecksTheDefaultFileWhenNoneIsGiven) {
    const TempDir dir;
    std::filesystem::create_directories(dir / "xdg/sitbreak");
    write_file(dir / "xdg/sitbreak/config.toml", "[log]\nlevel = \"loud\"\n");
    const ProcessResult run = run_sitbreakd(dir, {"--check-config"},
                                  "XDG_CONFIG_HOME=" + quoted((dir / "xdg").string()));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, (dir / "xdg/sitbreak/config.toml").string() +
                           R"(:2: log.level: expected one of trace, debug, info, warn, error, )"
                           R"(got "loud")" + "\n");
}

TEST(CheckConfig, WrongArgumentsGiveOneLineAndExit2) {
    const TempDir dir;
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--bogus"}, {"some.toml"}, {"--check-config", "a.toml", "b.toml"}}) {
        const ProcessResult run = run_sitbreakd(dir, args);
        EXPECT_EQ(run.exit_code, 2) << args.front();
        EXPECT_EQ(run.out, "");
        ASSERT_FALSE(run.err.empty());
        EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
    }
}

TEST(CheckConfig, WithoutASessionBusTheDaemonSaysSoInOneLineAndExits1) {
    const TempDir dir;
    const std::string nowhere = "unix:path=" + (dir / "no-bus").string();
    const ProcessResult run = run_sitbreakd(dir, {}, "DBUS_SESSION_BUS_ADDRESS=" + quoted(nowhere));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("cannot reach the session bus"), std::string::npos) << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
}

TEST(CheckConfig, VersionPrintsTheVersion) {
    const TempDir dir;
    const ProcessResult run = run_sitbreakd(dir, {"--version"});
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out.rfind("sitbreakd ", 0), 0u) << run.out;
}

}  // namespace
}  // namespace sitbreak::config
