#pragma once
// org.sitbreak.Sitbreak1 on the session bus (DESIGN §6): checks every argument, turns
// refusals into D-Bus errors a person can read, and publishes signals and properties.
#include <sdbus-c++/sdbus-c++.h>

#include "service/days_reply.hpp"
#include "service/service.hpp"
#include "sitbreak1_adaptor.h"

namespace sitbreak::service {

inline constexpr const char* kBusName = "org.sitbreak.Sitbreak1";
inline constexpr const char* kObjectPath = "/org/sitbreak/Sitbreak1";

class BusObject final
    : public sdbus::AdaptorInterfaces<org::sitbreak::Sitbreak1_adaptor, sdbus::Properties_adaptor>,
      public Publisher {
public:
    BusObject(sdbus::IConnection& bus, Service& service);
    ~BusObject() override;

    void prompt_opened(core::PromptId id, const std::vector<core::Exercise>& exercises,
                       const std::string& text) override;
    void prompt_closed(core::PromptId id, core::Outcome outcome) override;
    void status_changed() override;

private:
    std::map<std::string, sdbus::Variant> GetStatus() override;
    void Confirm(const std::string& exercise) override;
    void Snooze(const uint32_t& minutes) override;
    void Skip() override;
    void Pause(const uint32_t& seconds) override;
    void Resume() override;
    void PromptNow() override;
    // Registered by hand, not by the generated adaptor: see days_reply.hpp.
    void GetDays(sdbus::MethodCall call);
    std::vector<DayRow> GetDayTable(const std::string& from, const std::string& to) override;
    // GetDays' and GetDayTable's arguments checked, then the days.
    [[nodiscard]] std::vector<store::DayStats> days_between(const std::string& from,
                                                            const std::string& to);
    std::tuple<uint32_t, uint32_t> GetStreak() override;
    void SetRestDay(const std::string& date) override;
    void ReloadConfig() override;
    std::string Export(const std::string& format) override;

    std::string State() override;
    uint64_t SittingSince() override;
    uint64_t NextPromptAt() override;
    uint64_t PausedUntil() override;
    uint32_t TodayDone() override;
    uint32_t CurrentStreak() override;

    struct Properties {
        std::string state;
        uint64_t sitting_since{0};
        uint64_t next_prompt_at{0};
        uint64_t paused_until{0};
        uint32_t today_done{0};
        uint32_t current_streak{0};
        friend bool operator==(const Properties&, const Properties&) = default;
    };
    [[nodiscard]] Properties read_properties() const;

    Service& service_;
    Properties published_;
};

}  // namespace sitbreak::service
