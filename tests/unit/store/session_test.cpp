// Activation sessions in the history (DESIGN §14.3, issue 15): recorded item by item,
// counted on the day they started when they count for the week, ended by recovery when a
// run left one going, and the weekly streak and daily suggestion read back.
#include <SQLiteCpp/Statement.h>

#include "store_test.hpp"
#include "support/temp_dir.hpp"

namespace sitbreak::store::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

constexpr core::Duration cet{3600};
const core::Rules kRules{};

// A session of `routine` at `at` with `done` items done and `skipped` skipped.
core::SessionId session(Store& store, core::TimePoint at, int done, int skipped,
                        core::SessionOutcome outcome = core::SessionOutcome::done) {
    const core::SessionId id = store.next_session_id();
    store.record(core::SessionStarted{id, at, "medius_wake_up"}, cet);
    std::uint32_t position = 0;
    for (int i = 0; i < done + skipped; ++i, ++position) {
        const bool skip = i >= done;
        store.record(core::SessionItem{id, at + minutes{position + 1}, position, "clamshell", 2,
                                       12, skip ? 0u : 2u, skip ? 0u : 24u, skip},
                     cet);
    }
    store.record(core::SessionEnded{id, at + minutes{7}, outcome}, cet);
    return id;
}

TEST_F(StoreTest, ASessionCountsOnTheDayItStartedOnlyWhenWalkedToItsEndWithAnItemDone) {
    Store store = open();
    session(store, local_time(2025, 6, 2, 16, 30, cet), 3, 2);  // Monday: counts
    session(store, local_time(2025, 6, 3, 16, 30, cet), 2, 0,
            core::SessionOutcome::stopped);                      // stopped half-way
    session(store, local_time(2025, 6, 4, 16, 30, cet), 0, 5);  // every item skipped
    session(store, local_time(2025, 6, 5, 2, 30, cet), 1, 0);   // 02:30 is Wednesday's
    const auto days = store.days(date(2025, 6, 2), date(2025, 6, 5), kRules);
    EXPECT_EQ(days[0].tally.sessions, 1);
    EXPECT_EQ(days[1].tally.sessions, 0);
    EXPECT_EQ(days[2].tally.sessions, 1);
    EXPECT_EQ(days[3].tally.sessions, 0);
    // Every one is in the history, with its items, whatever it counts for.
    const auto all = store.sessions(local_time(2025, 6, 2, 0, 0, cet), local_time(2025, 6, 6, 0, 0, cet));
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0].items.size(), 5u);
    EXPECT_EQ(all[0].items_done(), 3);
    EXPECT_TRUE(all[0].items[0].full_dose());
    EXPECT_TRUE(all[0].counts_for_week());
    EXPECT_EQ(all[1].outcome, core::SessionOutcome::stopped);
    EXPECT_FALSE(all[2].counts_for_week());
}

TEST_F(StoreTest, ASessionARunLeftGoingIsStoppedAtItsLastItemAndKeepsItsItems) {
    const core::TimePoint at = local_time(2025, 6, 2, 16, 30, cet);
    core::SessionId id = 0;
    {
        Store store = open();
        id = store.next_session_id();
        store.record(core::SessionStarted{id, at, "medius_wake_up"}, cet);
        store.record(core::SessionItem{id, at + minutes{2}, 0, "clamshell", 2, 12, 2, 24, false},
                     cet);
    }
    Store store = open();
    EXPECT_GT(store.next_session_id(), id);
    const auto sessions = store.sessions(at, at + hours{1});
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].outcome, core::SessionOutcome::stopped);
    EXPECT_EQ(sessions[0].ended, at + minutes{2});
    ASSERT_EQ(sessions[0].items.size(), 1u);
    EXPECT_EQ(sessions[0].items[0].amount_done, 24u);
}

TEST_F(StoreTest, AFinishedSessionIsNotReopenedByALaterEnd) {
    Store store = open();
    const core::TimePoint at = local_time(2025, 6, 2, 16, 30, cet);
    const core::SessionId id = session(store, at, 1, 0);
    store.record(core::SessionEnded{id, at + hours{1}, core::SessionOutcome::stopped}, cet);
    const auto sessions = store.sessions(at, at + hours{2});
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].outcome, core::SessionOutcome::done);
    EXPECT_EQ(sessions[0].ended, at + minutes{7});
}

TEST_F(StoreTest, TheWeeklyStreakCountsKeptWeeksFromTheHistory) {
    Store store = open();
    core::Programme programme;
    programme.sessions_per_week = 2;
    // Two kept weeks (Mon 2 June, Mon 9 June), each with desk days and two sessions.
    for (const int week : {0, 7}) {
        for (const int day : {0, 1, 2}) {
            const core::TimePoint start = local_time(2025, 6, 2 + static_cast<unsigned>(week + day), 9, 0, cet);
            store.record(core::SpellStarted{start}, cet);
            store.record(core::SpellEnded{start, start + hours{3}, core::EndReason::idle}, cet);
        }
        session(store, local_time(2025, 6, 2 + static_cast<unsigned>(week), 16, 30, cet), 2, 0);
        session(store, local_time(2025, 6, 3 + static_cast<unsigned>(week), 16, 30, cet), 2, 0);
    }
    // The third week has a desk day and no session.
    const core::TimePoint third = local_time(2025, 6, 16, 9, 0, cet);
    store.record(core::SpellStarted{third}, cet);
    store.record(core::SpellEnded{third, third + hours{3}, core::EndReason::idle}, cet);
    // While it runs it does not break the streak.
    EXPECT_EQ(store.weekly_streak(date(2025, 6, 18), kRules, programme),
              (core::Streak{2, 2}));
    // Once it has ended unkept, it does.
    EXPECT_EQ(store.weekly_streak(date(2025, 6, 23), kRules, programme).current, 0);
}

TEST_F(StoreTest, TheDaysSuggestionIsRememberedHeldOrOnDisk) {
    const core::Date monday = date(2025, 6, 2);
    {
        Store store = open();
        EXPECT_EQ(store.suggestion_on(monday), std::nullopt);
        store.record(core::SessionSuggested{monday, local_time(2025, 6, 2, 16, 5, cet)}, cet);
        store.record(core::SessionSuggested{monday, local_time(2025, 6, 2, 16, 6, cet),
                                            core::SuggestionAnswer::declined},
                     cet);
    }
    Store store = open();
    EXPECT_EQ(store.suggestion_on(monday), core::SuggestionAnswer::declined);
    EXPECT_EQ(store.suggestion_on(monday + days{1}), std::nullopt);

    // Held while the file cannot be opened: still known.
    TempDir other;
    fs::create_directories(other.path());
    test::write_file(other / "share", "not a directory");
    Store held = Store::open_or_hold(other / "share" / "sitbreak.db", local_time(2025, 6, 2, 16, 0, cet));
    ASSERT_FALSE(held.is_open());
    held.record(core::SessionSuggested{monday, local_time(2025, 6, 2, 16, 5, cet)}, cet);
    EXPECT_EQ(held.suggestion_on(monday), core::SuggestionAnswer::open);
}

TEST_F(StoreTest, AStepAndTheFullDosesSinceItAreReadBack) {
    Store store = open();
    const core::TimePoint at = local_time(2025, 6, 2, 16, 30, cet);
    session(store, at, 1, 0);                   // clamshell 2 x 12, all done: full
    session(store, at + hours{24}, 1, 0);       // full again
    EXPECT_EQ(store.full_doses("medius_wake_up", "clamshell", 0), (std::vector<bool>{true, true}));
    EXPECT_EQ(store.step("medius_wake_up", "clamshell").step, 0);
    const core::SessionId last = store.next_session_id() - 1;
    store.record(core::StepChanged{"medius_wake_up", "clamshell", 1, last, at + hours{25}}, cet);
    EXPECT_EQ(store.step("medius_wake_up", "clamshell").step, 1);
    EXPECT_TRUE(store.full_doses("medius_wake_up", "clamshell", last).empty())
        << "the run counts only sessions after the step";
    session(store, at + hours{48}, 0, 1);  // skipped: not a full dose
    EXPECT_EQ(store.full_doses("medius_wake_up", "clamshell", last), (std::vector<bool>{false}));
    EXPECT_EQ(open().step("medius_wake_up", "band_walk").step, 0) << "no step taken: 0";
}

}  // namespace
}  // namespace sitbreak::store::testing
