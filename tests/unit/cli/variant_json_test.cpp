// Variant -> JSON, and what a D-Bus error name means for the exit code. No bus needed.
#include "cli/variant_json.hpp"

#include <gtest/gtest.h>

#include "cli/command.hpp"
#include "cli/daemon_client.hpp"

namespace sitbreak::cli {
namespace {

using nlohmann::json;

TEST(VariantJson, EveryTypeOfTheContract) {
    const std::map<std::string, sdbus::Variant> status{
        {"state", sdbus::Variant{std::string{"sitting"}}},
        {"sitting_seconds", sdbus::Variant{std::uint64_t{2533}}},
        {"next_prompt_seconds", sdbus::Variant{std::int64_t{-1}}},
        {"today_done", sdbus::Variant{std::uint32_t{3}}},
        {"quiet", sdbus::Variant{true}},
        {"exercises", sdbus::Variant{std::vector<std::string>{"bridges", "squeeze"}}},
        {"ratio", sdbus::Variant{0.5}},
        {"small", sdbus::Variant{std::int32_t{-7}}},
    };
    const json out = dict_json(status);
    EXPECT_EQ(out["state"], "sitting");
    EXPECT_EQ(out["sitting_seconds"], 2533);
    EXPECT_TRUE(out["sitting_seconds"].is_number_unsigned());
    EXPECT_EQ(out["next_prompt_seconds"], -1);
    EXPECT_EQ(out["today_done"], 3);
    EXPECT_EQ(out["quiet"], true);
    EXPECT_EQ(out["exercises"], json({"bridges", "squeeze"}));
    EXPECT_EQ(out["ratio"], 0.5);
    EXPECT_EQ(out["small"], -7);
}

TEST(VariantJson, UnknownTypesAreNull) {
    const sdbus::Variant nested{std::map<std::string, std::int32_t>{{"a", 1}}};
    EXPECT_TRUE(variant_json(nested).is_null());
    EXPECT_TRUE(variant_json(sdbus::Variant{}).is_null());
}

TEST(ErrorNames, OursAreRefusals) {
    EXPECT_EQ(classify_error("org.sitbreak.Sitbreak1.Error.InvalidArgument"), Failure::refused);
    EXPECT_EQ(classify_error("org.sitbreak.Sitbreak1.Error.Refused"), Failure::refused);
    EXPECT_EQ(classify_error("org.freedesktop.DBus.Error.UnknownMethod"), Failure::refused);
    EXPECT_EQ(exit_code_for(Failure::refused), exit_refused);
}

TEST(ErrorNames, NoDaemonOrNoBusIsUnreachable) {
    for (const char* name :
         {"org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.NameHasNoOwner",
          "org.freedesktop.DBus.Error.NoServer", "org.freedesktop.DBus.Error.Disconnected",
          "org.freedesktop.DBus.Error.Spawn.ChildExited", "System.Error.ECONNREFUSED"}) {
        EXPECT_EQ(classify_error(name), Failure::unreachable) << name;
    }
    EXPECT_EQ(classify_error("org.freedesktop.DBus.Error.Timeout"), Failure::timed_out);
    EXPECT_EQ(classify_error("org.freedesktop.DBus.Error.NoReply"), Failure::timed_out);
    EXPECT_EQ(exit_code_for(Failure::unreachable), exit_unreachable);
    EXPECT_EQ(exit_code_for(Failure::timed_out), exit_unreachable);
}

TEST(ErrorNames, Sentences) {
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    EXPECT_STREQ(daemon_error("org.sitbreak.Sitbreak1.Error.Refused", "There is no prompt to skip",
                              seconds{5}, milliseconds{3})
                     .what(),
                 "There is no prompt to skip.");
    EXPECT_STREQ(daemon_error("org.sitbreak.Sitbreak1.Error.Refused", "No prompt is open.",
                              seconds{5}, milliseconds{3})
                     .what(),
                 "No prompt is open.");
    EXPECT_STREQ(daemon_error("org.freedesktop.DBus.Error.ServiceUnknown", "The name is not owned",
                              seconds{5}, milliseconds{3})
                     .what(),
                 "the daemon is not running; start it with \"systemctl --user start sitbreakd\" "
                 "or run \"sitbreakd &\".");
    EXPECT_NE(std::string{daemon_error("org.freedesktop.DBus.Error.Timeout", "", seconds{5},
                                       milliseconds{5001})
                              .what()}
                  .find("did not answer within 5 seconds"),
              std::string::npos);
}

// The fault campaign: a call the daemon died in after 99 ms was reported as "did not answer
// within 5 seconds". NoReply before the timeout is the bus saying the daemon left.
TEST(ErrorNames, ADaemonThatLeftMidCallIsNotATimeout) {
    const DaemonError error = daemon_error("org.freedesktop.DBus.Error.NoReply",
                                           "Message recipient disconnected from message bus "
                                           "without replying",
                                           std::chrono::seconds{5}, std::chrono::milliseconds{99});
    EXPECT_EQ(error.failure(), Failure::stopped);
    EXPECT_STREQ(error.what(),
                 "the daemon stopped 99 ms into the call, before it answered, so it may or may "
                 "not have been done; check with \"sitbreak status\" once it runs again.");
    EXPECT_EQ(exit_code_for(Failure::stopped), exit_unreachable);
}

}  // namespace
}  // namespace sitbreak::cli
