// Issue 12, defects 5 and 6 and the suspend rule, through the Service's clock seam: steps
// of the wall clock while the user types, a suspend that logind and the clocks both
// report, and a change of time zone while the daemon runs.
#include <SQLiteCpp/Statement.h>

#include "service_harness.hpp"

namespace sitbreak::test {
namespace {

struct StoredSpell {
    std::int64_t start;
    std::int64_t end;
    std::string reason;
    std::int64_t offset;
};

std::vector<StoredSpell> spells(SQLite::Database db) {
    SQLite::Statement rows(db,
                           "SELECT start_at, end_at, end_reason, start_offset FROM spells "
                           "WHERE end_at IS NOT NULL ORDER BY start_at");
    std::vector<StoredSpell> out;
    while (rows.executeStep()) {
        out.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getInt64(),
                       rows.getColumn(2).getString(), rows.getColumn(3).getInt64()});
    }
    return out;
}

std::int64_t unix(TimePoint t) { return t.time_since_epoch().count(); }

// The fault campaign: the clock stepped 8 h forward while typing turned ~166 s of typing
// into a stored spell of 25 366 s.
TEST_F(ServiceTest, AForwardStepWhileTypingIsNotSitting) {
    start();
    type_for(seconds{166});
    clock_.step_wall(hours{8});
    type_for(seconds{14});
    away_for(minutes{3});
    const auto stored = spells(peek());
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_NEAR(static_cast<double>(stored[0].end - stored[0].start), 180.0, 2.0);
    EXPECT_NEAR(static_cast<double>(stored[0].start), static_cast<double>(unix(kStart + hours{8})),
                2.0)
        << "stamped on the new clock";
    EXPECT_EQ(status().today_sitting.count(), stored[0].end - stored[0].start);
    EXPECT_TRUE(publisher_.closed.empty()) << "no prompt was closed by the jump";
}

// Stepping back 1 h pushed the next prompt an hour away.
TEST_F(ServiceTest, ABackwardStepWhileTypingLeavesTheNextPromptWhereItWas) {
    start();
    type_for(minutes{4});
    const auto before = status();
    ASSERT_TRUE(before.engine.next_prompt_at);
    const auto left = *before.engine.next_prompt_at - before.now;
    clock_.step_wall(-hours{1});
    const auto after = status();
    ASSERT_TRUE(after.engine.next_prompt_at);
    EXPECT_EQ(*after.engine.next_prompt_at - after.now, left);
    EXPECT_EQ(after.now - *after.engine.sitting_since, minutes{4});
    type_for(minutes{6} + seconds{2});
    EXPECT_EQ(state(), core::State::prompting) << "ten minutes of sitting, as measured";
}

// Without the kernel's word (an older kernel, a missed event), the next wake-up notices.
TEST_F(ServiceTest, AStepIsNoticedAtTheNextWakeUpToo) {
    start();
    type_for(minutes{2});
    clock_.on_wall_step({});  // nobody is told
    clock_.step_wall(hours{2});
    type_for(minutes{1});
    EXPECT_EQ(status().now - *status().engine.sitting_since, minutes{3});
    EXPECT_EQ(status().now, TimePoint{kStart + hours{2} + minutes{3}});
}

TEST_F(ServiceTest, ASuspendThatLogindAndTheClocksBothReportIsOneBreak) {
    start();
    type_for(minutes{5});
    inputs_.system_suspending();
    clock_.suspend(hours{2});
    inputs_.system_resumed();
    typing_ = false;  // back at the desk after the night: the backend sees a first key
    type_for(seconds{30});
    inputs_.system_resumed();  // a second word on the same sleep ends nothing
    type_for(seconds{30});
    away_for(minutes{3});
    const auto stored = spells(peek());
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].reason, "sleep");
    EXPECT_EQ(stored[0].end - stored[0].start, 300);
    EXPECT_EQ(stored[1].start - stored[0].end, 2 * 3600) << "the sleep, once";
    EXPECT_EQ(stored[1].reason, "idle");
    EXPECT_EQ(stored[1].end - stored[1].start, 60);
}

// A time zone change was ignored until restart.
TEST_F(ServiceTest, AZoneChangeMovesTodayAndStampsNewEventsWithTheNewOffset) {
    clock_.advance(hours{14});  // 23:00 UTC
    start();
    EXPECT_EQ(status().today, sys_days{year{2026} / March / 2});
    zone_.offset = hours{2};  // now 01:00 on Tuesday locally, before day_starts_at (04:00)
    service_->zone_changed();
    EXPECT_EQ(status().today, sys_days{year{2026} / March / 2});
    zone_.offset = hours{6};  // 05:00 on Tuesday
    service_->zone_changed();
    EXPECT_EQ(status().today, sys_days{year{2026} / March / 3});
    type_for(seconds{30});
    away_for(minutes{3});
    const auto stored = spells(peek());
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].offset, 6 * 3600);
}

}  // namespace
}  // namespace sitbreak::test
