// LogindSession: without a system bus or logind (the usual case in CI) it says why and
// returns nothing; against a logind stand-in on a private "system" bus it follows lock,
// unlock and suspend.
#include "platform/dbus/logind_session.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <memory>
#include <optional>
#include <string>

#include "bus_harness.hpp"
#include "client/wall_clock.hpp"
#include "recorders.hpp"
#include "stand_ins.hpp"

namespace sitbreak::test {
namespace {

using platform::LogindSession;

// Points sd-bus's system bus at `address` for one test, and back afterwards.
class SystemBusAddress {
public:
    explicit SystemBusAddress(const std::string& address) {
        if (const char* old = std::getenv("DBUS_SYSTEM_BUS_ADDRESS")) old_ = old;
        ::setenv("DBUS_SYSTEM_BUS_ADDRESS", address.c_str(), 1);
    }
    ~SystemBusAddress() {
        if (old_) {
            ::setenv("DBUS_SYSTEM_BUS_ADDRESS", old_->c_str(), 1);
        } else {
            ::unsetenv("DBUS_SYSTEM_BUS_ADDRESS");
        }
    }

private:
    std::optional<std::string> old_;
};

class LogindSessionTest : public testing::Test {
protected:
    BusHarness harness_;  // its loop; the session bus itself is not used here
    SessionRecorder listener_;
    std::string problem_;
};

TEST_F(LogindSessionTest, WithoutASystemBusSaysSoAndReturnsNothing) {
    SystemBusAddress address{"unix:path=/nonexistent/sitbreak-test/system_bus_socket"};
    std::unique_ptr<LogindSession> session;
    EXPECT_NO_THROW(session = LogindSession::create(harness_.loop(), listener_, problem_));
    EXPECT_EQ(session, nullptr);
    EXPECT_NE(problem_.find("no system bus"), std::string::npos) << problem_;
}

TEST_F(LogindSessionTest, WithoutLogindSaysSoAndReturnsNothing) {
    SessionBus system_bus;
    SystemBusAddress address{system_bus.address()};
    std::unique_ptr<LogindSession> session;
    EXPECT_NO_THROW(session = LogindSession::create(harness_.loop(), listener_, problem_));
    EXPECT_EQ(session, nullptr);
    EXPECT_NE(problem_.find("logind (org.freedesktop.login1) is not on the system bus"),
              std::string::npos)
        << problem_;
}

class WithLogind : public LogindSessionTest {
protected:
    void SetUp() override {
        session_ = LogindSession::create(harness_.loop(), listener_, problem_);
        ASSERT_NE(session_, nullptr) << problem_;
        ASSERT_TRUE(harness_.run_until([&] { return logind_.inhibits_taken() == 1; }));
    }

    SessionBus system_bus_;
    SystemBusAddress address_{system_bus_.address()};
    LogindStandIn logind_{system_bus_.address()};
    std::unique_ptr<LogindSession> session_;
};

TEST_F(WithLogind, FindsTheSessionThroughAutoWhenNotInOne) {
    EXPECT_EQ(session_->session_path(), LogindStandIn::session_path);
    EXPECT_FALSE(session_->locked());
    EXPECT_TRUE(problem_.empty());
}

TEST_F(WithLogind, LockAndUnlockSignalsAreReported) {
    const auto before = client::wall_now();
    logind_.control("Lock");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.locked.size() == 1; }));
    EXPECT_GE(listener_.locked[0], before);
    EXPECT_TRUE(session_->locked());
    logind_.control("Unlock");
    ASSERT_TRUE(harness_.run_until([&] { return listener_.unlocked.size() == 1; }));
    EXPECT_FALSE(session_->locked());
}

TEST_F(WithLogind, LockedHintCountsAndIsNotReportedTwice) {
    // A locker that both gets the Lock signal and sets LockedHint: one lock.
    logind_.control("Lock");
    logind_.control("SetLockedHint", true);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.locked.size() == 1; }));
    // GNOME sets only the hint.
    logind_.control("SetLockedHint", false);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.unlocked.size() == 1; }));
    logind_.control("SetLockedHint", true);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.locked.size() == 2; }));
    harness_.settle();
    EXPECT_EQ(listener_.locked.size(), 2U);
    EXPECT_EQ(listener_.unlocked.size(), 1U);
}

// How long the machine slept is the clocks' to say (the service measures it); logind says
// when to look, right before and right after.
TEST_F(WithLogind, SuspendAndResumeAreReported) {
    logind_.control("PrepareForSleep", true);
    // The delay lock is let go so that the suspend can proceed...
    ASSERT_TRUE(harness_.run_until([&] { return logind_.inhibits_released() == 1; }));
    EXPECT_EQ(listener_.suspending, 1);
    EXPECT_EQ(listener_.resumed, 0);
    logind_.control("PrepareForSleep", false);
    ASSERT_TRUE(harness_.run_until([&] { return listener_.resumed == 1; }));
    // ...and taken again for the next one.
    EXPECT_TRUE(harness_.run_until([&] { return logind_.inhibits_taken() == 2; }));
    EXPECT_EQ(listener_.suspending, 1);
}

}  // namespace
}  // namespace sitbreak::test
