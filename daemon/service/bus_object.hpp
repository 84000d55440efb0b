#pragma once
// org.sitbreak.Sitbreak1 on the session bus (DESIGN §6): checks every argument, turns
// refusals into D-Bus errors a person can read, and publishes signals and properties.
// BusSignals is what the service tells the bus; BusObject answers the calls. Both work on
// one sdbus::IObject: the signals exist before the service, the methods need it.
#include <sdbus-c++/sdbus-c++.h>

#include <functional>

#include "client/bus_names.hpp"
#include "config/load.hpp"
#include "service/days_reply.hpp"
#include "service/service.hpp"
#include "sitbreak1_adaptor.h"

namespace sitbreak::service {

using client::kBusName;
using client::kObjectPath;

// The properties, as last announced.
struct BusProperties {
    std::string state{"away"};
    uint64_t sitting_since{0};
    uint64_t next_prompt_at{0};
    uint64_t paused_until{0};
    uint32_t today_done{0};
    uint32_t current_streak{0};
    [[nodiscard]] static BusProperties of(const StatusSnapshot& status);
    friend bool operator==(const BusProperties&, const BusProperties&) = default;
};

class BusSignals final : public Publisher {
public:
    explicit BusSignals(sdbus::IObject& object) : object_{object} {}

    void prompt_opened(core::PromptId id, const std::vector<core::ExerciseId>& exercises,
                       const std::string& text) override;
    void prompt_closed(core::PromptId id, core::Outcome outcome) override;
    void status_changed(const StatusSnapshot& status) override;
    void session_suggested(const std::string& routine, const std::string& text) override;
    void session_requested(const std::string& routine) override;
    void session_started(core::SessionId id, const std::string& routine) override;
    void session_finished(core::SessionId id, core::SessionOutcome outcome) override;

    // Changes are announced once the properties are registered (BusObject does it).
    void start() { started_ = true; }
    [[nodiscard]] const BusProperties& properties() const { return published_; }

private:
    sdbus::IObject& object_;
    BusProperties published_;
    bool started_{false};
};

class BusObject final : public org::sitbreak::Sitbreak1_adaptor, public sdbus::Properties_adaptor {
public:
    // `reload` reads the catalogue and the config file again and hands them to the service,
    // for ReloadConfig; false when the config file was refused.
    BusObject(sdbus::IObject& object, Service& service, BusSignals& signals,
              std::function<bool()> reload);
    ~BusObject();
    BusObject(const BusObject&) = delete;
    BusObject& operator=(const BusObject&) = delete;

private:
    std::map<std::string, sdbus::Variant> GetStatus() override;
    std::vector<std::map<std::string, sdbus::Variant>> GetExercises() override;
    // Confirm's argument checked against the catalogue.
    [[nodiscard]] std::string exercise_argument(const std::string& exercise) const;
    void Confirm(const std::string& exercise) override;
    std::map<std::string, sdbus::Variant> ConfirmOnce(const std::string& exercise,
                                                      const std::string& token) override;
    void Snooze(const uint32_t& minutes) override;
    void Skip() override;
    void Pause(const uint32_t& seconds) override;
    void Resume() override;
    void PromptNow() override;
    // Registered by hand, not by the generated adaptor: see days_reply.hpp.
    void GetDays(sdbus::MethodCall call);
    std::vector<client::DayTableRow> GetDayTable(const std::string& from, const std::string& to) override;
    // GetDays' and GetDayTable's arguments checked, then the days.
    [[nodiscard]] std::vector<store::DayStats> days_between(const std::string& from,
                                                            const std::string& to);
    std::tuple<uint32_t, uint32_t> GetStreak() override;
    void SetRestDay(const std::string& date) override;
    void ClearRestDay(const std::string& date) override;
    void ReloadConfig() override;
    std::string Export(const std::string& format) override;
    // The programme (bus_object_programme.cpp).
    std::vector<std::map<std::string, sdbus::Variant>> GetRoutines() override;
    uint64_t StartSession(const std::string& routine) override;
    void RecordSessionItem(const uint64_t& id, const uint32_t& position, const uint32_t& sets_done,
                           const uint32_t& amount_done, const bool& skipped) override;
    void FinishSession(const uint64_t& id, const std::string& outcome,
                       const std::vector<sdbus::Struct<uint32_t, uint32_t, uint32_t, bool>>& items)
        override;
    std::map<std::string, sdbus::Variant> GetWeek() override;
    std::vector<std::map<std::string, sdbus::Variant>> GetStepOffers(
        const std::string& routine) override;
    void AnswerStep(const std::string& routine, const std::string& exercise,
                    const std::string& answer) override;

    std::string State() override;
    uint64_t SittingSince() override;
    uint64_t NextPromptAt() override;
    uint64_t PausedUntil() override;
    uint32_t TodayDone() override;
    uint32_t CurrentStreak() override;

    sdbus::IObject& object_;
    Service& service_;
    BusSignals& signals_;
    std::function<bool()> reload_;
};

}  // namespace sitbreak::service
