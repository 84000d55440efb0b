// The harness tests itself: processes are captured and never leak, Xvfb, openbox, the bus
// and dunst start and stop, and dunst's actions can be picked without a mouse.
#include <gtest/gtest.h>
#include <sdbus-c++/sdbus-c++.h>
#include <signal.h>

#include "support/daytime_zone.hpp"
#include "support/dunst.hpp"
#include "support/process.hpp"
#include "support/session_bus.hpp"
#include "support/wait.hpp"
#include "support/x_server.hpp"

namespace sitbreak::test {
namespace {

using namespace std::chrono_literals;

bool alive(pid_t pid) { return ::kill(pid, 0) == 0; }

TEST(Process, CapturesOutputAndExitCode) {
    const auto result = run({"sh", "-c", "echo out; echo err >&2; exit 3"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.out, "out\n");
    EXPECT_EQ(result.err, "err\n");
}

TEST(Process, PassesEnvironmentChanges) {
    ::setenv("SITBREAK_SUPPORT_UNSET_ME", "x", 1);
    const auto result = run({"sh", "-c", "echo \"$A-${SITBREAK_SUPPORT_UNSET_ME:-gone}\""},
                            {{"A", "set"}, {"SITBREAK_SUPPORT_UNSET_ME", std::nullopt}});
    EXPECT_EQ(result.out, "set-gone\n");
}

TEST(DaytimeZone, ItIsTenSomethingThere) {
    const DaytimeZone& zone = daytime_zone();
    const auto result = run({"date", "+%H"}, {{"TZ", zone.tz}});
    // The hour may just have turned since the zone was fixed.
    EXPECT_TRUE(result.out == "10\n" || result.out == "11\n") << zone.tz << ": " << result.out;
    const auto utc = run({"date", "-u", "+%H"});
    EXPECT_EQ((std::stoi(utc.out) + zone.utc_offset.count() + 24) % 24, std::stoi(result.out));
}

TEST(Process, SaysWhenTheProgramCannotRun) {
    EXPECT_THROW(Process({"sitbreak-no-such-program"}), std::runtime_error);
}

TEST(Process, TimesOutAndReportsSignals) {
    Process sleeper{{"sleep", "30"}};
    EXPECT_FALSE(sleeper.wait_for_exit(50ms));
    sleeper.kill(SIGKILL);
    EXPECT_EQ(sleeper.wait_for_exit(5s), 128 + SIGKILL);
    EXPECT_EQ(run({"sleep", "30"}, {}, 100ms).exit_code, -1);
}

TEST(Process, DestructorKillsTheWholeGroup) {
    TempDir dir;
    pid_t child = 0;
    pid_t grandchild = 0;
    {
        // The shell ignores SIGTERM, so the destructor has to escalate to SIGKILL.
        Process shell{{"sh", "-c",
                       "trap '' TERM; sleep 60 & echo $! > " + (dir / "pid").string() + "; wait"}};
        child = shell.pid();
        ASSERT_TRUE(
            wait_until([&] { return !read_file(dir / "pid").empty(); }, 5s, "the pid file"));
        grandchild = std::stoi(read_file(dir / "pid"));
        ASSERT_TRUE(alive(grandchild));
    }
    EXPECT_FALSE(alive(child)) << "the child was not reaped";
    EXPECT_TRUE(wait_until([&] { return !alive(grandchild); }, 5s, "the grandchild to die"));
}

TEST(XServer, StartsAndStops) {
    pid_t server = 0;
    {
        XServer x;
        server = x.pid();
        const auto& display = x.display();
        EXPECT_EQ(run({"xdpyinfo", "-display", display}).exit_code, 0);
        EXPECT_EQ(xdotool(display, {"mousemove", "10", "10"}).exit_code, 0);
        EXPECT_NE(xdotool(display, {"getmouselocation"}).out.find("x:10 y:10"), std::string::npos);
    }
    // Not "the display is gone": a parallel test's Xvfb may take the free number at once.
    EXPECT_FALSE(alive(server));
}

TEST(XServer, RunsAWindowManager) {
    XServer x{true};
    const auto check = run({"xprop", "-display", x.display(), "-root", "_NET_SUPPORTED"});
    EXPECT_NE(check.out.find("_NET_WM_STATE_FULLSCREEN"), std::string::npos) << check.out;
}

TEST(SessionBus, StartsAndStops) {
    std::string address;
    const std::vector<std::string> list_names = {
        "dbus-send", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus.ListNames"};
    {
        SessionBus bus;
        address = bus.address();
        const auto names = run(list_names, bus.env());
        EXPECT_EQ(names.exit_code, 0) << names.err;
        EXPECT_NE(names.out.find("org.freedesktop.DBus"), std::string::npos);
    }
    EXPECT_NE(run(list_names, {{"DBUS_SESSION_BUS_ADDRESS", address}}).exit_code, 0);
}

TEST(Dunst, ParsesWhatDunstPrints) {
    const auto parsed = parse_dunst_print(
        "{\n\tappname: 'sitbreak'\n\tsummary: 'Stand up'\n\tbody: 'two\nlines'\n"
        "\tcategory: \n\tid: 7\n\tactions: {\n\t\t\"skip\": \"Skip\"\n\t}\n}\n"
        "{\n\tsummary: 'Replaced'\n\tid: 7\n}\n{\n\tsummary: 'Other'\n\tid: 9\n}\n");
    ASSERT_EQ(parsed.size(), 2U);
    EXPECT_EQ(parsed[0].id, 7U);
    EXPECT_EQ(parsed[0].summary, "Replaced");
    EXPECT_EQ(parsed[1].summary, "Other");
    const auto first = parse_dunst_print(
        "{\n\tappname: 'sitbreak'\n\tbody: 'two\nlines'\n\tid: 7\n"
        "\tactions: {\n\t\t\"skip\": \"Skip\"\n\t}\n}\n");
    ASSERT_EQ(first.size(), 1U);
    EXPECT_EQ(first[0].app_name, "sitbreak");
    EXPECT_EQ(first[0].body, "two\nlines");
    EXPECT_EQ(first[0].actions, (std::map<std::string, std::string>{{"skip", "Skip"}}));
}

// A client sending a prompt-like notification and listening for its actions.
class NotifyClient {
public:
    explicit NotifyClient(const std::string& address)
        : bus_{sdbus::createSessionBusConnectionWithAddress(address)},
          proxy_{sdbus::createProxy(*bus_, "org.freedesktop.Notifications",
                                    "/org/freedesktop/Notifications")} {
        proxy_->uponSignal("ActionInvoked")
            .onInterface(interface)
            .call([this](std::uint32_t id, const std::string& key) {
                invoked_id = id;
                invoked_key = key;
            });
        proxy_->finishRegistration();
    }
    std::uint32_t notify(const std::vector<std::string>& actions) {
        std::uint32_t id = 0;
        proxy_->callMethod("Notify")
            .onInterface(interface)
            .withArguments("sitbreak", std::uint32_t{0}, "", "Time to stand up", "Wake your glutes",
                           actions, std::map<std::string, sdbus::Variant>{}, std::int32_t{0})
            .storeResultsTo(id);
        return id;
    }
    void process() {
        while (bus_->processPendingRequest()) {
        }
    }

    std::uint32_t invoked_id{0};
    std::string invoked_key;

private:
    static constexpr const char* interface = "org.freedesktop.Notifications";
    std::unique_ptr<sdbus::IConnection> bus_;
    std::unique_ptr<sdbus::IProxy> proxy_;
};

TEST(Dunst, ShowsActionsAndInvokesTheChosenOne) {
    XServer x;
    SessionBus bus;
    Dunst dunst{x.display(), bus.address()};
    NotifyClient client{bus.address()};
    const auto id = client.notify({"bridges", "Did 10 bridges", "squeeze", "Did a 30-s squeeze",
                                   "snooze", "Snooze", "skip", "Skip"});

    ASSERT_TRUE(wait_until([&] { return dunst.shown().size() == 1; }, 5s, "the notification"));
    const auto shown = dunst.shown().front();
    EXPECT_EQ(shown.id, id);
    EXPECT_EQ(shown.summary, "Time to stand up");
    EXPECT_EQ(shown.body, "Wake your glutes");
    const std::map<std::string, std::string> actions = {{"bridges", "Did 10 bridges"},
                                                        {"squeeze", "Did a 30-s squeeze"},
                                                        {"snooze", "Snooze"},
                                                        {"skip", "Skip"}};
    EXPECT_EQ(shown.actions, actions);

    ASSERT_TRUE(dunst.choose_action("Did 10 bridges"));
    EXPECT_TRUE(wait_until(
        [&] {
            client.process();
            return client.invoked_key == "bridges";
        },
        5s, "ActionInvoked(bridges)"));
    EXPECT_EQ(client.invoked_id, id);
    // dunst 1.9 keeps the bubble after an action (DESIGN §13): the sender must close it.
    EXPECT_EQ(dunst.displayed_count(), 1);

    const auto missing = dunst.choose_action("dance");
    EXPECT_FALSE(missing);
    EXPECT_NE(std::string{missing.message()}.find("no entry 'dance'"), std::string::npos)
        << missing.message();
    ASSERT_TRUE(dunst.choose_action("skip", id));
    EXPECT_TRUE(wait_until(
        [&] {
            client.process();
            return client.invoked_key == "skip";
        },
        5s, "ActionInvoked(skip)"));

    ASSERT_EQ(dunst.dunstctl({"close-all"}).exit_code, 0);
    EXPECT_TRUE(wait_until([&] { return dunst.shown().empty(); }, 5s, "the bubble to close"));
    EXPECT_EQ(dunst.received().size(), 1U);
}

}  // namespace
}  // namespace sitbreak::test
