// Issue 12, defects 3, 8 and 11 at the service: a confirmation the history cannot take is
// still counted, said to be held, retried and written; a retried confirmation counts once;
// rest days a person cannot mean are refused and one can be undone.
#include <SQLiteCpp/Statement.h>

#include "service_harness.hpp"

namespace sitbreak::test {
namespace {

int done_on_disk(SQLite::Database db) {
    return db.execAndGet("SELECT count(*) FROM prompts WHERE outcome = 'done'").getInt();
}

TEST_F(ServiceTest, AConfirmationTheHistoryCannotTakeIsHeldCountedRetriedAndWritten) {
    write_file(dir_ / "blocked", "a file where the data directory should be");
    use_history_at(dir_ / "blocked" / "sitbreak.db");
    start();
    const service::Confirmation done = service_->confirm("bridges", "t1");
    EXPECT_FALSE(done.saved);
    EXPECT_FALSE(done.repeated);
    EXPECT_NE(done.problem.find("2 changes kept in memory"), std::string::npos) << done.problem;
    auto now = status();
    EXPECT_EQ(now.today_done, 1) << "status counts it";
    EXPECT_EQ(now.store_held, 2u);
    EXPECT_NE(now.store_problem.find("Not a directory"), std::string::npos) << now.store_problem;

    clock_.advance(seconds{5});  // retries after 1, 2 s...
    EXPECT_EQ(status().store_held, 2u);
    std::filesystem::remove(dir_ / "blocked");
    clock_.advance(seconds{30});
    now = status();
    EXPECT_EQ(now.store_held, 0u);
    EXPECT_EQ(now.store_problem, "");
    EXPECT_EQ(now.today_done, 1) << "counted once, now from the file";
    EXPECT_EQ(done_on_disk(peek()), 1);
}

TEST_F(ServiceTest, TheHistoryIsRetriedLessOftenTheLongerItRefuses) {
    write_file(dir_ / "blocked", "in the way");
    use_history_at(dir_ / "blocked" / "sitbreak.db");
    start();
    const int before = publisher_.changes;
    clock_.advance(minutes{10});
    // 1 + 2 + 4 + 8 + 16 s, then every 30 s: about 24 attempts in ten minutes, not 600.
    EXPECT_LE(publisher_.changes - before, 25);
    EXPECT_GE(publisher_.changes - before, 20);
}

// The fault campaign: the daemon died after writing a confirmation and before answering;
// the CLI's retry with the same token must not count it again.
TEST_F(ServiceTest, AConfirmationSentAgainWithItsTokenCountsOnce) {
    start();
    EXPECT_FALSE(service_->confirm("squeeze", "abc").repeated);
    service_.reset();  // the daemon stops; a new one starts on the same history
    start();
    const service::Confirmation again = service_->confirm("squeeze", "abc");
    EXPECT_TRUE(again.repeated);
    EXPECT_TRUE(again.saved);
    EXPECT_EQ(status().today_done, 1);
    EXPECT_FALSE(service_->confirm("squeeze", "").repeated);
    EXPECT_FALSE(service_->confirm("squeeze", "").repeated);
    EXPECT_EQ(status().today_done, 3) << "without a token, each counts";
}

TEST_F(ServiceTest, RestDaysAPersonCannotMeanAreRefusedAndOneCanBeUndone) {
    start();
    const auto refused = service_->mark_rest_day(sys_days{year{1} / January / 1});
    ASSERT_TRUE(refused);
    EXPECT_EQ(*refused,
              "A rest day must be between 2025-03-02 (a year before today) and 2027-03-02 (a year "
              "from today); 0001-01-01 is not.");
    EXPECT_TRUE(service_->mark_rest_day(sys_days{year{2027} / March / 3}));
    EXPECT_FALSE(service_->mark_rest_day(std::nullopt));  // today
    const core::Date today = status().today;
    EXPECT_TRUE(store_->days(today, today, service_->settings().rules).front().tally.rest_day);
    EXPECT_EQ(service_->clear_rest_day(today - days{1}), "2026-03-01 is not a rest day.");
    EXPECT_FALSE(service_->clear_rest_day(today));
    EXPECT_FALSE(store_->days(today, today, service_->settings().rules).front().tally.rest_day);
}

}  // namespace
}  // namespace sitbreak::test
