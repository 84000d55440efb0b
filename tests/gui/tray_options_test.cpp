// sitbreak-tray's command line: answered before wx or the bus start, so --help, --version
// and a wrong option need no display and no session bus, and a mistake is one sentence.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace sitbreak::test {
namespace {

// Neither a display nor a bus: the answers must not need them.
RunResult tray(std::vector<std::string> args) {
    args.insert(args.begin(), SITBREAK_TRAY_PATH);
    return run(std::move(args), {{"DISPLAY", ""},
                                 {"WAYLAND_DISPLAY", ""},
                                 {"DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"}});
}

TEST(TrayOptions, HelpAndVersionNeedNoDisplay) {
    const RunResult help = tray({"--help"});
    EXPECT_EQ(help.exit_code, 0) << help.err;
    EXPECT_NE(help.out.find("--verbose"), std::string::npos) << help.out;
    EXPECT_EQ(help.out.find("--squeeze-seconds"), std::string::npos) << "a test-only option";
    const RunResult version = tray({"--version"});
    EXPECT_EQ(version.exit_code, 0) << version.err;
    EXPECT_EQ(version.out.rfind("sitbreak-tray ", 0), 0u) << version.out;
}

TEST(TrayOptions, AWrongOptionIsOneSentenceAndExitStatus2) {
    const struct {
        std::vector<std::string> args;
        std::string says;
    } cases[] = {
        {{"--bogus"}, "sitbreak-tray: Unknown option --bogus; see sitbreak-tray --help.\n"},
        {{"--squeeze-seconds", "x"}, "“x” for --squeeze-seconds"},
        {{"--squeeze-seconds", "601"}, "--squeeze-seconds must be from 1 to 600, not 601.\n"},
        {{"extra"}, "sitbreak-tray: unexpected argument 'extra'; see sitbreak-tray --help.\n"},
    };
    for (const auto& c : cases) {
        const RunResult result = tray(c.args);
        EXPECT_EQ(result.exit_code, 2) << c.args.front();
        EXPECT_NE(result.err.find(c.says), std::string::npos) << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
}

}  // namespace
}  // namespace sitbreak::test
