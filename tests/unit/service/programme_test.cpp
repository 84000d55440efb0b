// The service's programme (issue 15): sessions started, reported item by item and finished
// count for the week; the day's suggestion comes at the end of a natural break past
// programme.suggest_after, once a day, never while paused, and "Not today" holds for the day.
#include "service_harness.hpp"

namespace sitbreak::test {
namespace {

// Suggestions from 16:00 (kStart is Monday 09:00 UTC, the zone UTC).
config::Settings programme_settings() {
    config::Settings settings = short_settings();
    settings.programme.suggest_after = hours{16};
    return settings;
}

class ProgrammeTest : public ServiceTest {
protected:
    void SetUp() override { start(programme_settings()); }

    // A natural break that ends with the user back at the desk.
    void take_a_break() {
        type_for(seconds{30});
        away_for(minutes{5});
        type_for(seconds{30});
    }
    core::SessionId walk_session(int done_items) {
        const auto started = service_->start_session("");
        const auto id = std::get<core::SessionId>(started);
        for (int i = 0; i < done_items; ++i) {
            EXPECT_EQ(service_->record_session_item(
                          id, {static_cast<std::uint32_t>(i), 1, 10, false}),
                      std::nullopt);
        }
        EXPECT_EQ(service_->finish_session(id, core::SessionOutcome::done, {}), std::nullopt);
        return id;
    }
};

TEST_F(ProgrammeTest, AFinishedSessionCountsForTheWeekInStatus) {
    EXPECT_EQ(status().week.sessions, 0);
    EXPECT_EQ(status().week.goal, 3);
    walk_session(2);
    EXPECT_EQ(status().week.sessions, 1);
    EXPECT_EQ(status().session, 0u);
    const service::WeekReport week = service_->week();
    ASSERT_EQ(week.sessions.size(), 1u);
    EXPECT_EQ(week.sessions[0].routine, "medius_wake_up");
    EXPECT_EQ(week.sessions[0].items_done(), 2);
}

TEST_F(ProgrammeTest, ItemsAreCheckedAgainstTheRunningSession) {
    const auto id = std::get<core::SessionId>(service_->start_session(""));
    EXPECT_EQ(status().session, id);
    EXPECT_NE(service_->record_session_item(id, {99, 1, 10, false}), std::nullopt);
    EXPECT_NE(service_->record_session_item(id + 1, {0, 1, 10, false}), std::nullopt);
    EXPECT_NE(service_->record_session_item(id, {0, 5, 10, false}), std::nullopt);  // 1 set asked
    // A bad item among good ones refuses the whole call: nothing of it is recorded.
    EXPECT_NE(service_->finish_session(id, core::SessionOutcome::done,
                                       {{0, 1, 12, false}, {99, 1, 1, false}}),
              std::nullopt);
    EXPECT_EQ(status().session, id) << "still running";
    const auto recorded = store_->sessions(TimePoint{kStart} - hours{1}, TimePoint{kStart} + hours{1});
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_TRUE(recorded[0].items.empty());
    EXPECT_TRUE(std::holds_alternative<std::string>(service_->start_session("medius")));
    // A second start stops the first, which keeps what it had.
    const auto second = std::get<core::SessionId>(service_->start_session("medius_wake_up"));
    EXPECT_NE(second, id);
    EXPECT_NE(service_->finish_session(id, core::SessionOutcome::done, {}), std::nullopt);
}

TEST_F(ProgrammeTest, TheSuggestionComesAtTheFirstBreakPastSuggestAfterAndOnceADay) {
    take_a_break();  // the morning: too early
    EXPECT_TRUE(suggestions_.shown.empty());
    clock_.advance(hours{7});  // 16:00 and later
    take_a_break();
    ASSERT_EQ(suggestions_.shown.size(), 1u);
    EXPECT_EQ(publisher_.suggested, std::vector<std::string>{"medius_wake_up"});
    const platform::PromptNotice& notice = suggestions_.shown[0];
    EXPECT_FALSE(notice.can_skip);
    // No tray to walk it: the terminal is named, and only "Not today" is offered.
    ASSERT_EQ(notice.exercises.size(), 1u);
    EXPECT_EQ(notice.exercises[0].id, "not_today");
    EXPECT_NE(notice.body.find("sitbreak session"), std::string::npos);
    service_->suggestion_answered("not_today");
    EXPECT_EQ(suggestions_.closes, 1);
    take_a_break();  // declined: not again today
    EXPECT_EQ(suggestions_.shown.size(), 1u);
    clock_.advance(hours{24});  // Tuesday 16:xx
    take_a_break();
    EXPECT_EQ(suggestions_.shown.size(), 2u);
}

TEST_F(ProgrammeTest, SittingDownWhenTheDaemonStartsIsNoBreakToSuggestAt) {
    clock_.advance(hours{7});  // 16:00, still the daemon's first spell to come
    type_for(seconds{30});  // the first spell: a login or a restart, not a break it saw
    EXPECT_TRUE(suggestions_.shown.empty());
    away_for(minutes{5});
    type_for(seconds{30});
    EXPECT_EQ(suggestions_.shown.size(), 1u);
}

TEST_F(ProgrammeTest, NoSuggestionWhilePausedNorOnceTheDayHasASession) {
    clock_.advance(hours{7});
    ASSERT_EQ(service_->pause(hours{1}), std::nullopt);
    take_a_break();
    EXPECT_TRUE(suggestions_.shown.empty());
    ASSERT_EQ(service_->resume(), std::nullopt);
    walk_session(1);
    take_a_break();
    EXPECT_TRUE(suggestions_.shown.empty());
}

TEST_F(ProgrammeTest, StartNowAsksTheTrayToOpenTheRoutine) {
    service_->tray_changed(true);
    clock_.advance(hours{7});
    take_a_break();
    ASSERT_EQ(suggestions_.shown.size(), 1u);
    EXPECT_EQ(suggestions_.shown[0].exercises[0].id, "start");
    service_->suggestion_answered("start");
    EXPECT_EQ(publisher_.requested, std::vector<std::string>{"medius_wake_up"});
    EXPECT_EQ(store_->suggestion_on(status().today), core::SuggestionAnswer::started);
}

}  // namespace
}  // namespace sitbreak::test
