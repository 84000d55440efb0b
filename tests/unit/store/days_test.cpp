// Day attribution: the day starts at goals.day_starts_at local time, with the UTC offset
// each row was recorded with (DESIGN §4), through midnight, 04:00, DST and travel.
#include "store_test.hpp"

namespace sitbreak::store::testing {
namespace {

using namespace std::chrono;
using core::Outcome;

constexpr core::Duration cet{3600};
constexpr core::Duration cest{7200};

class DaysTest : public StoreTest {
protected:
    // A prompt answered with a bridge at `at`, recorded with `offset`.
    void done_at(Store& store, core::TimePoint at, core::Duration offset) {
        const core::PromptId id = store.next_prompt_id();
        store.record(core::PromptOpened{id, at, 0, false}, offset);
        store.record(
            core::PromptClosed{id, at + seconds{30}, Outcome::done, "bridges"},
            offset);
    }
    void spell(Store& store, core::TimePoint from, core::TimePoint to, core::Duration offset) {
        store.record(core::SpellStarted{from}, offset);
        store.record(core::SpellEnded{from, to, core::EndReason::idle}, offset);
    }
    static std::vector<int> done_per_day(const std::vector<DayStats>& days) {
        std::vector<int> done;
        for (const DayStats& day : days) done.push_back(day.tally.done());
        return done;
    }

    core::Rules rules;
};

TEST_F(DaysTest, EveryDateInTheRangeIsListedAndEmptyDaysAreNeutral) {
    Store store = open();
    spell(store, local_time(2025, 6, 3, 9, 0, cet), local_time(2025, 6, 3, 11, 0, cet), cet);
    const auto days = store.days(date(2025, 6, 1), date(2025, 6, 5), rules);
    ASSERT_EQ(days.size(), 5u);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(days[i].date, date(2025, 6, 1) + std::chrono::days{i});
        if (i != 2) {
            EXPECT_EQ(days[i].tally, core::DayTally{});
            EXPECT_EQ(days[i].status, core::DayStatus::neutral);
        }
    }
    EXPECT_EQ(days[2].tally.sitting, hours{2});
    EXPECT_TRUE(store.days(date(2025, 6, 5), date(2025, 6, 1), rules).empty());
}

TEST_F(DaysTest, TheDayEndsAtFourInTheMorningNotAtMidnight) {
    Store store = open();
    done_at(store, local_time(2025, 6, 2, 23, 59, cet, 59), cet);  // Monday late
    done_at(store, local_time(2025, 6, 3, 0, 0, cet), cet);        // after midnight: still Monday
    done_at(store, local_time(2025, 6, 3, 3, 59, cet, 59), cet);   // still Monday
    done_at(store, local_time(2025, 6, 3, 4, 0, cet), cet);        // Tuesday begins
    EXPECT_EQ(done_per_day(store.days(date(2025, 6, 2), date(2025, 6, 3), rules)),
              (std::vector<int>{3, 1}));

    rules.day_starts_at = minutes{0};
    EXPECT_EQ(done_per_day(store.days(date(2025, 6, 2), date(2025, 6, 3), rules)),
              (std::vector<int>{1, 3}));
}

TEST_F(DaysTest, ASpellAcrossTheDayStartIsSplitBetweenTheTwoDays) {
    Store store = open();
    spell(store, local_time(2025, 6, 3, 3, 15, cet), local_time(2025, 6, 3, 4, 45, cet), cet);
    const auto days = store.days(date(2025, 6, 2), date(2025, 6, 3), rules);
    EXPECT_EQ(days[0].tally.sitting, minutes{45});
    EXPECT_EQ(days[1].tally.sitting, minutes{45});
    EXPECT_EQ(days[0].tally.spells, 1);
    EXPECT_EQ(days[1].tally.spells, 1);
    EXPECT_EQ(days[1].tally.longest_spell, minutes{45});
    // Asking for one side only still reads the spell that began the day before.
    EXPECT_EQ(store.days(date(2025, 6, 3), date(2025, 6, 3), rules)[0].tally.sitting, minutes{45});
}

TEST_F(DaysTest, TotalsLongestAndSpellCountsAddUpWithinADay) {
    Store store = open();
    spell(store, local_time(2025, 6, 3, 9, 0, cet), local_time(2025, 6, 3, 9, 50, cet), cet);
    spell(store, local_time(2025, 6, 3, 10, 0, cet), local_time(2025, 6, 3, 11, 20, cet), cet);
    spell(store, local_time(2025, 6, 3, 13, 0, cet), local_time(2025, 6, 3, 13, 5, cet), cet);
    const DayStats day = store.days(date(2025, 6, 3), date(2025, 6, 3), rules)[0];
    EXPECT_EQ(day.tally.sitting, minutes{135});
    EXPECT_EQ(day.tally.longest_spell, minutes{80});
    EXPECT_EQ(day.tally.spells, 3);
}

TEST_F(DaysTest, AnOpenSpellCountsUpToItsLastInputAndAnOpenPromptNotYet) {
    Store store = open();
    const auto t0 = local_time(2025, 6, 3, 9, 0, cet);
    store.record(core::SpellStarted{t0}, cet);
    store.note_last_input(t0 + minutes{70});
    store.record(core::PromptOpened{store.next_prompt_id(), t0 + minutes{60}, 0, false}, cet);
    const DayStats day = store.days(date(2025, 6, 3), date(2025, 6, 3), rules)[0];
    EXPECT_EQ(day.tally.sitting, minutes{70});
    EXPECT_EQ(day.tally.prompts, 0);
    EXPECT_EQ(day.status, core::DayStatus::kept);  // nothing has gone wrong yet
}

// Europe: 2025-03-30 01:00 UTC clocks go 02:00 CET -> 03:00 CEST; 2025-10-26 01:00 UTC
// they go 03:00 CEST -> 02:00 CET. The daemon records the offset in force at each event.
TEST_F(DaysTest, DaylightSavingChangesKeepTheLocalDayStart) {
    Store store = open();
    done_at(store, local_time(2025, 3, 30, 3, 30, cest), cest);  // 01:30 UTC: Saturday's night
    done_at(store, local_time(2025, 3, 30, 4, 10, cest), cest);  // 02:10 UTC: Sunday
    done_at(store, local_time(2025, 10, 26, 3, 30, cet), cet);   // 02:30 UTC: Saturday's night
    done_at(store, local_time(2025, 10, 26, 4, 30, cet), cet);   // 03:30 UTC: Sunday
    EXPECT_EQ(done_per_day(store.days(date(2025, 3, 29), date(2025, 3, 30), rules)),
              (std::vector<int>{1, 1}));
    EXPECT_EQ(done_per_day(store.days(date(2025, 10, 25), date(2025, 10, 26), rules)),
              (std::vector<int>{1, 1}));
}

TEST_F(DaysTest, ASpellAcrossTheSpringChangeIsCutWithTheOffsetAtItsStart) {
    Store store = open();
    // 23:00 CET Saturday to 05:00 CEST Sunday: five hours of real time. With the start's
    // offset the day boundary is 04:00 CET = 03:00 UTC, the spell's end.
    spell(store, local_time(2025, 3, 29, 23, 0, cet), local_time(2025, 3, 30, 5, 0, cest), cet);
    const auto days = store.days(date(2025, 3, 29), date(2025, 3, 30), rules);
    EXPECT_EQ(days[0].tally.sitting, hours{5});
    EXPECT_EQ(days[1].tally.sitting, hours{0});
}

TEST_F(DaysTest, ATimeZoneChangeBetweenTwoEventsAttributesEachByItsOwnOffset) {
    Store store = open();
    constexpr core::Duration new_york{-5 * 3600};
    constexpr core::Duration tokyo{9 * 3600};
    done_at(store, local_time(2025, 1, 10, 22, 0, cet), cet);
    // Landed in New York: 23:30 local is 04:30 UTC on the 11th, but the 10th there.
    done_at(store, local_time(2025, 1, 10, 23, 30, new_york), new_york);
    done_at(store, local_time(2025, 1, 11, 9, 0, new_york), new_york);
    // On to Tokyo: 02:00 local on the 13th is before that day's 04:00 start.
    done_at(store, local_time(2025, 1, 13, 2, 0, tokyo), tokyo);
    EXPECT_EQ(done_per_day(store.days(date(2025, 1, 10), date(2025, 1, 13), rules)),
              (std::vector<int>{2, 1, 1, 0}));
}

TEST_F(DaysTest, RowsOutsideTheRangeAreNotCounted) {
    Store store = open();
    spell(store, local_time(2025, 6, 1, 9, 0, cet), local_time(2025, 6, 1, 12, 0, cet), cet);
    done_at(store, local_time(2025, 6, 1, 10, 0, cet), cet);
    spell(store, local_time(2025, 6, 4, 9, 0, cet), local_time(2025, 6, 4, 12, 0, cet), cet);
    const auto days = store.days(date(2025, 6, 2), date(2025, 6, 3), rules);
    for (const DayStats& day : days) EXPECT_EQ(day.tally, core::DayTally{});
}

// The store keeps the last range it read until the next write; every answer must still
// be what a fresh read gives.
TEST_F(DaysTest, ReusedRangesAgreeWithFreshReadsAndWritesAreSeenAtOnce) {
    {
        Store store = open();
        for (int d = 0; d < 10; ++d) {
            const auto start = local_time(2025, 6, 1 + d, 9, 0, cet);
            spell(store, start, start + minutes{40 + 10 * d}, cet);
            if (d % 2 == 0) done_at(store, start + minutes{30}, cet);
        }
    }
    Store store = open();
    const auto fresh = [&](core::Date from, core::Date to) {
        const Store other = Store::open(db_path());
        return other.days(from, to, rules);
    };
    for (const auto& [from, to] : {std::pair{3, 7}, {1, 9}, {5, 6}, {0, 4}, {6, 12}, {2, 2}}) {
        const core::Date a = date(2025, 6, from), b = date(2025, 6, to);
        ASSERT_EQ(store.days(a, b, rules), fresh(a, b)) << from << ".." << to;
    }
    const core::Streak before = store.streak(date(2025, 6, 10), rules);
    EXPECT_EQ(before, Store::open(db_path()).streak(date(2025, 6, 10), rules));

    const auto late = local_time(2025, 6, 5, 15, 0, cet);
    spell(store, late, late + hours{1}, cet);
    EXPECT_EQ(store.days(date(2025, 6, 5), date(2025, 6, 5), rules)[0].tally.spells, 2);
    rules.day_starts_at = minutes{0};  // a new day boundary is read afresh too
    EXPECT_EQ(store.days(date(2025, 6, 1), date(2025, 6, 10), rules),
              fresh(date(2025, 6, 1), date(2025, 6, 10)));
}

}  // namespace
}  // namespace sitbreak::store::testing
