#pragma once
// Prompts as desktop notifications (org.freedesktop.Notifications, DESIGN §9).
#include <string>
#include <vector>

#include "core/events.hpp"

namespace sitbreak::platform {

class NotifierListener {
public:
    virtual ~NotifierListener() = default;
    // The user chose an action: "bridges", "squeeze", "snooze" or "skip".
    virtual void notification_action(core::PromptId prompt, const std::string& action) = 0;
};

struct PromptNotice {
    core::PromptId prompt;
    std::string summary;
    std::string body;
    std::vector<core::Exercise> exercises;
    bool can_snooze;
};

}  // namespace sitbreak::platform
