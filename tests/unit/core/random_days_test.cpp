// Seeded random days through the engine, checking the invariants of DESIGN §3 and §4.
// A failure names its seed; SITBREAK_SEED=<seed> reruns just that one.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "random_world.hpp"

namespace sitbreak::test {
namespace {

constexpr int kRuns = 100;
constexpr int kDaysPerRun = 100;

class InvariantChecker {
public:
    explicit InvariantChecker(const RandomWorld& world) : world_{world} {}

    void observe(const std::vector<Event>& events) {
        for (const Event& event : events) std::visit([&](const auto& e) { check(e); }, event);
    }

    void finish() {
        expect(!spell_start_, "a spell is still open after shutdown");
        expect(showing_.empty() && snoozed_.empty(), "a prompt is still open after shutdown");
        expect(closed_.size() == opened_, "prompts closed != prompts opened");
        Duration total_by_day{0};
        for (const auto& [date, day] : days_) {
            total_by_day += day.sitting;
            const Duration wall =
                day_start(date + days{1}, world_.zone(), world_.rules().day_starts_at) -
                day_start(date, world_.zone(), world_.rules().day_starts_at);
            expect(day.sitting <= wall, "sitting exceeds the wall time of a day");
            expect(day.prompts == day.done() + day.skipped + day.natural + day.ignored,
                   "a day's prompts do not add up to its outcomes");
        }
        expect(total_by_day == total_sitting_, "sitting per day does not add up to the spells");
        expect(done_ == world_.accepted_confirms, "done outcomes != confirms accepted");
        expect(snoozes_ == world_.accepted_snoozes, "snoozes recorded != snoozes accepted");
    }

    std::vector<std::string> failures;
    // What the run exercised, so a reader can see the test is not vacuous.
    std::map<std::string, int> seen;

private:
    void expect(bool ok, const std::string& what) {
        if (!ok && failures.size() < 5) failures.push_back(what);
    }
    void in_order(TimePoint at) {
        expect(at >= last_at_, "event times go backwards");
        last_at_ = std::max(last_at_, at);
    }
    DayTally& day_at(TimePoint t) {
        return days_[day_of(t, world_.zone(), world_.rules().day_starts_at)];
    }

    // Neither comes from the random world: it steps no clock and clears no rest day.
    void check(const RestDayCleared&) { expect(false, "a rest day was cleared"); }
    void check(const ClockStepped&) { expect(false, "the clock stepped"); }
    void check(const SpellStarted& e) {
        ++seen["spells"];
        expect(!spell_start_, "spell started while another is open");
        expect(e.at >= last_spell_end_, "spells overlap");
        spell_start_ = e.at;
    }
    void check(const SpellEnded& e) {
        expect(spell_start_ == e.started, "spell ended that was not open");
        expect(e.ended >= e.started, "spell ends before it starts");
        expect(showing_.empty() && snoozed_.empty(), "a prompt outlived its spell");
        spell_start_.reset();
        last_spell_end_ = e.ended;
        total_sitting_ += e.ended - e.started;
        const Duration offset = world_.zone().utc_offset(e.started);
        for (const auto& [date, length] :
             split_by_day(e.started, e.ended, offset, world_.rules().day_starts_at)) {
            days_[date].sitting += length;
        }
    }
    void check(const PromptOpened& e) {
        in_order(e.at);
        expect(!showing_.contains(e.id), "prompt opened twice");
        if (!e.unprompted) {
            expect(spell_start_.has_value(), "prompt opened while away");
            expect(!paused_, "prompt opened while paused");
            if (!world_.asked_for_prompt()) {
                expect(!world_.dnd(), "prompt opened during do-not-disturb");
                expect(world_.rules().hours.contains(e.at, world_.zone()),
                       "prompt opened outside working hours");
            }
        }
        if (e.snoozes == 0) {
            expect(!closed_.contains(e.id) && !snoozed_.contains(e.id), "prompt id reused");
            ++opened_;
            day_at(e.at).prompts += 1;
            prompt_day_[e.id] = day_of(e.at, world_.zone(), world_.rules().day_starts_at);
        } else {
            expect(snoozed_.erase(e.id) == 1, "prompt re-opened that was not snoozed");
        }
        showing_.insert(e.id);
    }
    void check(const PromptSnoozed& e) {
        in_order(e.at);
        expect(showing_.erase(e.id) == 1, "snoozed a prompt that was not showing");
        expect(e.snoozes <= world_.rules().max_snoozes, "snoozed past max_snoozes");
        snoozed_.insert(e.id);
        ++snoozes_;
        ++seen["snoozed"];
        days_[prompt_day_[e.id]].snoozed += 1;
    }
    void check(const PromptClosed& e) {
        in_order(e.at);
        expect(showing_.erase(e.id) + snoozed_.erase(e.id) == 1,
               "closed a prompt that was not open");
        expect(closed_.insert(e.id).second, "prompt closed twice");
        DayTally& day = days_[prompt_day_[e.id]];
        ++seen[std::string{to_string(e.outcome)}];
        switch (e.outcome) {
        case Outcome::done:
            ++done_;
            day.count_done(*e.exercise);
            break;
        case Outcome::skipped: ++day.skipped; break;
        case Outcome::natural: ++day.natural; break;
        case Outcome::ignored: ++day.ignored; break;
        case Outcome::snoozed: expect(false, "snoozed is not a final outcome"); break;
        }
    }
    void check(const PromptRenotified& e) {
        ++seen["renotified"];
        in_order(e.at);
        expect(showing_.contains(e.id), "re-notified a prompt that is not showing");
    }
    void check(const StateChanged& e) {
        in_order(e.at);
        expect(!last_state_ || *last_state_ != e.state, "state changed to itself");
        last_state_ = e.state;
    }
    void check(const PauseChanged& e) {
        in_order(e.at);
        paused_ = e.until.has_value();
    }
    void check(const RestDayMarked&) {}
    void check(const PromptHeld& e) {
        ++seen["held"];
        in_order(e.at);
        expect(spell_start_.has_value() && showing_.empty(), "held a prompt while none was due");
    }

    const RandomWorld& world_;
    std::optional<TimePoint> spell_start_;
    TimePoint last_spell_end_{};
    TimePoint last_at_{};
    Duration total_sitting_{0};
    std::set<PromptId> showing_, snoozed_, closed_;
    std::map<PromptId, Date> prompt_day_;
    std::size_t opened_{0};
    int done_{0};
    int snoozes_{0};
    bool paused_{false};
    std::optional<State> last_state_;
    std::map<Date, DayTally> days_;
};

std::vector<std::uint64_t> seeds() {
    if (const char* one = std::getenv("SITBREAK_SEED")) return {std::strtoull(one, nullptr, 10)};
    std::vector<std::uint64_t> all;
    for (int run = 0; run < kRuns; ++run)
        all.push_back(20261124u + static_cast<std::uint64_t>(run));
    return all;
}

TEST(RandomDays, InvariantsHoldOverTenThousandSeededDays) {
    int days_lived = 0;
    std::map<std::string, int> seen;
    for (const std::uint64_t seed : seeds()) {
        InvariantChecker* checker = nullptr;
        RandomWorld world{seed,
                          [&](const std::vector<Event>& events) { checker->observe(events); }};
        InvariantChecker check{world};
        checker = &check;
        world.live_days(kDaysPerRun);
        check.finish();
        days_lived += kDaysPerRun;
        for (const auto& [what, count] : check.seen) seen[what] += count;
        std::ostringstream failures;
        for (const std::string& failure : check.failures) failures << "\n  " << failure;
        ASSERT_TRUE(check.failures.empty())
            << "seed " << seed << " (rerun with SITBREAK_SEED=" << seed << "):" << failures.str();
    }
    EXPECT_GE(days_lived, std::getenv("SITBREAK_SEED") ? kDaysPerRun : 10000);
    std::cout << days_lived << " days:";
    for (const auto& [what, count] : seen) std::cout << ' ' << what << '=' << count;
    std::cout << '\n';
    for (const char* outcome : {"done", "skipped", "natural", "ignored", "snoozed", "renotified"}) {
        EXPECT_GT(seen[outcome], 0) << "the random days never produced " << outcome;
    }
}

}  // namespace
}  // namespace sitbreak::test
